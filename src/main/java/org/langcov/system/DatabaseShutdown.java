package org.langcov.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Closes an embedded database file on the thread that ran the work, once a run's sessions are done and before the
 * application closes, rather than leaving it to the connection pool's closing thread as its last connection goes.
 * <p>
 * The closing writes back every row the run changed, and HSQLDB locks each row's object as it looks at it. On JDK 17,
 * whose locks are biased towards the thread that took them first, another thread's lock on such an object revokes the
 * bias, a handshake with the run's thread each. Closed by the pool's thread, a 20,000-document rerun's database took
 * 11,900 to 58,500 of them ({@code -Xlog:biasedlocking}), 0.64 s in the run profiled; with the launcher's class-data
 * archive the JVM never turned to revoking the class's biases all at once, as it does without the archive (243
 * handshakes in the whole run). Closed here: reruns 10.7 s against 11.4 to 11.5 s. On the run's own thread there is
 * nothing to revoke. The pool's connections, closed afterwards, find the database closed.
 * <p>
 * A shared database, an HSQLDB one on a server or in memory, or one other applications of the JVM are connected to, is
 * left as it was.
 */
public final class DatabaseShutdown {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseShutdown.class);

	private DatabaseShutdown() {
	}

	/**
	 * Closes the database the settings name, when it is an embedded HSQLDB file that only this pool is connected to (in
	 * one JVM, tests run several applications on one database): whether it did.
	 */
	public static boolean closeHere(Environment environment, DataSource dataSource) {
		if (!DatabaseUrl.embeddedFile(environment.getProperty("spring.datasource.url"))) {
			return false;
		}
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			HikariPoolMXBean pool = dataSource.isWrapperFor(HikariDataSource.class)
					? dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean()
					: null;
			int sessions;
			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_SESSIONS")) {
				rows.next();
				sessions = rows.getInt(1);
			}
			if (pool == null || sessions != pool.getTotalConnections()) {
				logger.info("The database has {} sessions besides this pool's; it is left open", sessions);
				return false;
			}
			statement.execute("SHUTDOWN");
			return true;
		} catch (SQLException ex) {
			// the pool's closing closes it then, as before
			logger.warn("The database could not be closed at the end of the run; it is closed with the application",
					ex);
			return false;
		}
	}

}
