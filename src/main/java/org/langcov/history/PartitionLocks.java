package org.langcov.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which worker is inspecting a partition, as PostgreSQL knows it: a worker takes the partition's advisory lock on a
 * connection of its own before it runs the partition and lets it go after the partition's end is written, so the server
 * lets it go too when the worker dies, with its process or its machine. The manager of a run reads the lock to tell a
 * partition being inspected from one whose worker is gone (left {@code STARTED} for ever), and a second copy of a
 * request (the broker's redelivery, the manager's resending) finds the lock taken and is dropped.
 * <p>
 * The locks are of the two-key form, which never meets the one-key locks of the sessions ({@link AdvisoryLock}): the
 * first key {@code 'lcpt'}, the second the partition's step execution id.
 */
@Repository
public class PartitionLocks {

	/** {@code 'lcpt'}. */
	static final int CLASS_KEY = 0x6c637074;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	public PartitionLocks(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** The partition's lock, or nothing when another worker holds it. */
	public Optional<Held> tryTake(long stepExecutionId) {
		try {
			Connection connection = AdvisoryLock.connect(this.dataSource);
			try {
				connection.setAutoCommit(true);
				if (call(connection, "SELECT pg_try_advisory_lock(?, ?)", stepExecutionId)) {
					return Optional.of(new Held(connection, stepExecutionId));
				}
			} catch (SQLException | RuntimeException ex) {
				connection.close();
				throw ex;
			}
			connection.close();
			return Optional.empty();
		} catch (SQLException ex) {
			throw new IllegalStateException(
					"cannot take the lock of partition " + stepExecutionId + ": " + ex.getMessage(), ex);
		}
	}

	/** Whether a worker, alive, holds the partition's lock. */
	public boolean held(long stepExecutionId) {
		Integer holders = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2"
						+ " AND classid = ? AND objid = ?",
				Integer.class, Integer.toUnsignedLong(CLASS_KEY), Integer.toUnsignedLong(objectKey(stepExecutionId)));
		return holders != null && holders > 0;
	}

	private static int objectKey(long stepExecutionId) {
		return (int) stepExecutionId;
	}

	private static boolean call(Connection connection, String sql, long stepExecutionId) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, CLASS_KEY);
			statement.setInt(2, objectKey(stepExecutionId));
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	/** A partition's lock, held until closed. */
	public static final class Held implements AutoCloseable {

		private final Connection connection;

		private final long stepExecutionId;

		Held(Connection connection, long stepExecutionId) {
			this.connection = connection;
			this.stepExecutionId = stepExecutionId;
		}

		@Override
		public void close() {
			try (this.connection) {
				call(this.connection, "SELECT pg_advisory_unlock(?, ?)", this.stepExecutionId);
			} catch (SQLException ex) {
				// the connection's end lets the lock go all the same
			}
		}

	}

}
