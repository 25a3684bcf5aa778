package org.langcov.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One process at a time creates tables in a PostgreSQL database: two that start together on an empty database would
 * otherwise both find the tables missing and both create them, and the second fails on PostgreSQL's catalogue
 * ({@code duplicate key value violates unique constraint "pg_type_typname_nsp_index"}). The lock is a session-level
 * advisory lock of the two-key form, which never meets the one-key locks of the sessions being run, held on a
 * connection of the pool only while the scripts look and run; the server lets it go if the process dies.
 */
final class SchemaLock {

	/** {@code 'lang'} and {@code 'schm'} as numbers: a key no other application is likely to take. */
	private static final String KEY = "1818324583, 1936223597";

	private SchemaLock() {
	}

	/** What {@code work} returns, with the lock held while it runs. */
	static boolean under(DataSource dataSource, BooleanSupplier work) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			execute(connection, "SELECT pg_advisory_lock(" + KEY + ")");
			try {
				return work.getAsBoolean();
			} finally {
				execute(connection, "SELECT pg_advisory_unlock(" + KEY + ")");
			}
		} finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void execute(Connection connection, String sql) {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		} catch (SQLException ex) {
			throw new IllegalStateException("could not take the lock for creating tables: " + ex.getMessage(), ex);
		}
	}

}
