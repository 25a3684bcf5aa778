package org.langcov.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.hsqldb.jdbc.JDBCDataSource;

/** The benchmarks' connection to a langcov HSQLDB file database that exists, set as the application's connections. */
final class BenchmarkDatabase {

	private BenchmarkDatabase() {
	}

	/** A connection to the database at {@code path} (without {@code .script}). */
	static Connection open(String path) throws SQLException {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:file:" + path + ";ifexists=true;hsqldb.default_table_type=cached");
		dataSource.setUser("SA");
		Connection connection = dataSource.getConnection();
		try (Statement statement = connection.createStatement()) {
			// as the application's connections do (system.ResultRows)
			long rows = Math.max(10_000, Runtime.getRuntime().maxMemory() / 16 / 1024);
			statement.execute("SET SESSION RESULT MEMORY ROWS " + rows);
		} catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

}
