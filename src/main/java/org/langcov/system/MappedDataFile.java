package org.langcov.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the database's data file mapped into memory at any size it can reach, from the next time the database is
 * opened.
 * <p>
 * HSQLDB maps its data file only while the file is at most 256 MB (hsqldb.nio_max_size); a larger one it reads and
 * writes a row at a time, each with a seek and a read or write of its own. A history of 20,000-document runs passes 256
 * MB in about ten nights, and from then on every run got slower: closing an unchanged rerun, which writes its rows
 * back, took 0.55 to 0.67 s, against 0.22 to 0.25 s with the file mapped (issue 19: time per file does not grow with
 * the nights of history). The limit is set to the largest data file HSQLDB writes (64 GB, at its default file scale),
 * when it is not so already; HSQLDB maps the file in 16 MB parts and, where a part cannot be mapped, goes back to
 * reading and writing rows one at a time, as before. The pages of the file that a run reads count in the process's
 * resident memory while it runs; they are the file's, which the system takes back when it needs them. Only HSQLDB has
 * such a file: on another database (PostgreSQL) this does nothing.
 */
@Component
class MappedDataFile implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(MappedDataFile.class);

	/** The largest data file mapped, in megabytes: HSQLDB's 2^31 places of 32 bytes. */
	static final int MEGABYTES = 64 << 10;

	private final JdbcTemplate jdbc;

	MappedDataFile(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets the limit; a database that refuses it (one opened read-only) is used as it is, the refusal logged. */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
				if (DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()) == DatabaseDriver.HSQLDB) {
					map(connection, MEGABYTES);
				}
				return null;
			});
		} catch (DataAccessException ex) {
			logger.info("The database's data file is left mapped as it was: {}",
					ex.getMostSpecificCause().getMessage());
		}
	}

	/** Sets the largest data file mapped to {@code megabytes}, if it is not so already: whether it set it. */
	static boolean map(Connection connection, int megabytes) throws SQLException {
		String current = limit(connection);
		if (String.valueOf(megabytes).equals(current)) {
			return false;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET FILES NIO SIZE " + megabytes);
		}
		logger.info("Database data file mapped up to {} MB from the next run on (it was {} MB)", megabytes, current);
		return true;
	}

	/** The largest data file mapped, in megabytes, as the database has it. */
	static String limit(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES"
						+ " WHERE PROPERTY_NAME = 'hsqldb.nio_max_size'")) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

}
