package org.langcov.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.langcov.store.HostPermits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The permits of hosts counted in a PostgreSQL database, so that {@code connections-per-host} holds for every process
 * that shares it together, as SPEC says, and not once per process. Permit {@code i} of a host is the session-level
 * advisory lock {@code (hash of the host, i)} of the two-key form, which never meets the one-key locks of sessions
 * ({@link AdvisoryLock}); a taker tries each of the limit's permits in turn and, when none is free, waits a little
 * longer each time (5 ms, doubled up to 100 ms) and tries again.
 * <p>
 * Each permit is held on a connection of its own, not from the pool: the pool's few connections are for the run's work,
 * and a lock held on one would leave the run short. The connections are kept for the next permit, one per permit taken
 * at once, and closed with this bean. When a process dies, its connections end and the server gives its permits back:
 * no permit is ever lost for longer than the server takes to notice.
 */
public final class AdvisoryHostPermits implements HostPermits, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(AdvisoryHostPermits.class);

	private static final long FIRST_WAIT_MILLIS = 5;

	private static final long LONGEST_WAIT_MILLIS = 100;

	private final DataSource dataSource;

	/** Connections that hold no permit, for the next taker. */
	private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();

	/** Every connection opened and not yet closed, idle or holding a permit. */
	private final Set<Connection> open = ConcurrentHashMap.newKeySet();

	private volatile boolean closed;

	/**
	 * @param dataSource
	 *            the application's datasource, whose settings the permits' own connections are opened with
	 */
	public AdvisoryHostPermits(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Permits counted in the database when it is PostgreSQL, which every process of a run may share; in this process
	 * otherwise (an embedded HSQLDB database is open to one process only).
	 */
	public static HostPermits forDatabase(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if ("PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
				return new AdvisoryHostPermits(dataSource);
			}
			return HostPermits.inProcess();
		} catch (SQLException ex) {
			throw new IllegalStateException("could not tell which database this is: " + ex.getMessage(), ex);
		}
	}

	@Override
	public Permit take(String host, int limit) throws IOException, InterruptedException {
		int key = key(host);
		long wait = FIRST_WAIT_MILLIS;
		while (true) {
			Permit permit = tryTake(host, key, Math.max(1, limit));
			if (permit != null) {
				return permit;
			}
			Thread.sleep(wait);
			wait = Math.min(wait * 2, LONGEST_WAIT_MILLIS);
		}
	}

	/** A free permit of the host, or {@code null} when all are taken. */
	private Permit tryTake(String host, int key, int limit) throws IOException {
		Connection connection = this.idle.pollFirst();
		if (connection != null) {
			try {
				return tryTake(connection, key, limit);
			} catch (SQLException stale) {
				// a connection idle since the server restarted, or cut by the network: a new one may well work
				discard(connection);
			}
		}
		try {
			connection = connect();
		} catch (SQLException ex) {
			throw new IOException("could not count the connections to " + host + " in the database: " + ex.getMessage(),
					ex);
		}
		try {
			return tryTake(connection, key, limit);
		} catch (SQLException ex) {
			discard(connection);
			throw new IOException("could not count the connections to " + host + " in the database: " + ex.getMessage(),
					ex);
		}
	}

	private Permit tryTake(Connection connection, int key, int limit) throws SQLException {
		for (int index = 0; index < limit; index++) {
			if (call(connection, "SELECT pg_try_advisory_lock(?, ?)", key, index)) {
				return new AdvisoryPermit(connection, key, index);
			}
		}
		giveBack(connection);
		return null;
	}

	private Connection connect() throws SQLException {
		if (this.closed) {
			throw new SQLException("langcov is shutting down");
		}
		Connection connection = AdvisoryLock.connect(this.dataSource);
		try {
			connection.setAutoCommit(true);
		} catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		this.open.add(connection);
		return connection;
	}

	private void giveBack(Connection connection) {
		if (this.closed) {
			discard(connection);
		} else {
			this.idle.addFirst(connection);
		}
	}

	private void discard(Connection connection) {
		this.open.remove(connection);
		try {
			connection.close();
		} catch (SQLException ex) {
			logger.debug("Could not close a connection of the host permits: {}", ex.getMessage());
		}
	}

	/** Closes every connection: the server gives back the permits any of them still held. */
	@Override
	public void close() {
		this.closed = true;
		for (Connection connection : this.open) {
			discard(connection);
		}
		this.idle.clear();
	}

	/**
	 * The host's number, the first of the two keys: a CRC-32 of the host under langcov's name. Two hosts with the same
	 * number share their permits, which is only stricter than the limit.
	 */
	static int key(String host) {
		CRC32 crc = new CRC32();
		crc.update(("langcov host " + host).getBytes(StandardCharsets.UTF_8));
		return (int) crc.getValue();
	}

	private static boolean call(Connection connection, String sql, int key, int index) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, key);
			statement.setInt(2, index);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	/** A permit held: its lock on its connection, unlocked on the same one when it is given back. */
	private final class AdvisoryPermit implements Permit {

		private final Connection connection;

		private final int key;

		private final int index;

		private final AtomicBoolean released = new AtomicBoolean();

		AdvisoryPermit(Connection connection, int key, int index) {
			this.connection = connection;
			this.key = key;
			this.index = index;
		}

		@Override
		public void close() {
			if (!this.released.compareAndSet(false, true)) {
				return;
			}
			boolean unlocked;
			try {
				unlocked = call(this.connection, "SELECT pg_advisory_unlock(?, ?)", this.key, this.index);
			} catch (SQLException ex) {
				unlocked = false;
			}
			if (unlocked) {
				giveBack(this.connection);
			} else {
				// closing the connection is what lets the lock go when unlocking on it failed
				discard(this.connection);
			}
		}

	}

}
