package org.langcov.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.hsqldb.jdbc.JDBCDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * An embedded database file opened on a thread of its own while the application starts, so that its opening (reading
 * its script, building its system tables: 0.17 s of each start on the 1,000-document benchmark's database) overlaps the
 * creation of the application's other parts instead of coming before them. The connection pool's first connection then
 * finds the database open, or waits for it to be (HSQLDB opens a database once, whoever asks). The early connection is
 * closed once the application has started; the pool's keep the database open.
 * <p>
 * A shared database (PostgreSQL), or an HSQLDB one on a server or in memory, is left to the pool. A failure to open is
 * only logged: the pool's own opening fails the same way and says why, as without this.
 */
public final class EarlyDatabase implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EarlyDatabase.class);

	private static final EarlyDatabase NONE = new EarlyDatabase(null);

	private final FutureTask<Connection> opening;

	private EarlyDatabase(FutureTask<Connection> opening) {
		this.opening = opening;
	}

	/** Starts opening the database the settings name, when it is an embedded HSQLDB file. */
	public static EarlyDatabase open(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		if (!DatabaseUrl.embeddedFile(url)) {
			return NONE;
		}
		Properties properties = new Properties();
		properties.setProperty("user", environment.getProperty("spring.datasource.username", "SA"));
		properties.setProperty("password", environment.getProperty("spring.datasource.password", ""));
		FutureTask<Connection> opening = new FutureTask<>(() -> new JDBCDriver().connect(url, properties));
		Thread thread = new Thread(opening, "langcov-database-opening");
		thread.setDaemon(true);
		thread.start();
		return new EarlyDatabase(opening);
	}

	/** Waits for the opening to end: whether it gave a connection. */
	boolean opened() throws InterruptedException {
		try {
			return this.opening != null && this.opening.get() != null;
		} catch (ExecutionException ex) {
			return false;
		}
	}

	/** Waits for the opening to end and closes the early connection; the database stays open while others are. */
	@Override
	public void close() {
		if (this.opening == null) {
			return;
		}
		try {
			Connection connection = this.opening.get();
			if (connection != null) {
				connection.close();
			}
		} catch (ExecutionException | SQLException ex) {
			logger.debug("The database could not be opened early; the connection pool says why", ex);
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
