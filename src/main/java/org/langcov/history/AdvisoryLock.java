package org.langcov.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL's side of a session lock: {@code pg_try_advisory_lock} on a connection of its own, kept open for the run's
 * life. The server lets the lock go when that connection ends, with its process or its machine, so a holder that died
 * never blocks the session for long. Not from the pool: the pool's connections are for the run's work, and one held for
 * hours would leave the run one short.
 */
final class AdvisoryLock implements AutoCloseable {

	private final Connection connection;

	private final long key;

	private AdvisoryLock(Connection connection, long key) {
		this.connection = connection;
		this.key = key;
	}

	/** The session's advisory lock, or {@code null} when another connection holds it. */
	static AdvisoryLock tryTake(DataSource dataSource, String session) throws SQLException {
		Connection connection = connect(dataSource);
		try {
			connection.setAutoCommit(true);
			long key = key(session);
			if (call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
				return new AdvisoryLock(connection, key);
			}
		} catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
		connection.close();
		return null;
	}

	@Override
	public void close() throws SQLException {
		try (this.connection) {
			call(this.connection, "SELECT pg_advisory_unlock(?)", this.key);
		}
	}

	private static boolean call(Connection connection, String sql, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	/**
	 * A connection of its own, not from the pool: the pool's settings for the driver (TLS and the like) go too.
	 */
	static Connection connect(DataSource dataSource) throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			if (pool.getJdbcUrl() != null) {
				Properties settings = new Properties();
				settings.putAll(pool.getDataSourceProperties());
				if (pool.getUsername() != null) {
					settings.setProperty("user", pool.getUsername());
				}
				if (pool.getPassword() != null) {
					settings.setProperty("password", pool.getPassword());
				}
				return DriverManager.getConnection(pool.getJdbcUrl(), settings);
			}
		}
		return dataSource.getConnection();
	}

	/**
	 * The lock's number: advisory locks are named by a number, shared by every application of the database; the first
	 * eight bytes of a digest of the session id under langcov's name keep clear of theirs and of each other.
	 */
	static long key(String session) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(("langcov session " + session).getBytes(StandardCharsets.UTF_8));
			long key = 0;
			for (int i = 0; i < Long.BYTES; i++) {
				key = (key << 8) | (digest[i] & 0xFF);
			}
			return key;
		} catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java", ex);
		}
	}

}
