package org.langcov.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.hsqldb.jdbc.JDBCDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * An embedded database file opened on a thread of its own while the application starts, so that its opening (reading
 * its script, building its system tables: 0.17 s of each start on the 1,000-document benchmark's database) overlaps the
 * creation of the application's other parts instead of coming before them. The connection pool's first connection then
 * finds the database open, or waits for it to be (HSQLDB opens a database once, whoever asks). The early connection is
 * closed once the application has started and what was to be read on it ({@link #open(Environment, Reading)}) has been;
 * the pool's keep the database open.
 * <p>
 * A shared database (PostgreSQL), or an HSQLDB one on a server or in memory, is left to the pool. A failure to open is
 * only logged: the pool's own opening fails the same way and says why, as without this.
 */
public final class EarlyDatabase implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EarlyDatabase.class);

	/** What is read on the early connection, once the database is open ({@link #open(Environment, Reading)}). */
	@FunctionalInterface
	public interface Reading {

		/**
		 * Called on the opened connection before the opening is said to have ended; what it returns reads on the
		 * connection afterwards, in a transaction of its own, and must not close it.
		 */
		Runnable on(Connection connection);

	}

	private static final EarlyDatabase NONE = new EarlyDatabase(null);

	private final CompletableFuture<Connection> opening;

	/** Who still needs the early connection: the application's start, and the reading on the connection. */
	private final AtomicInteger users = new AtomicInteger(2);

	private EarlyDatabase(CompletableFuture<Connection> opening) {
		this.opening = opening;
	}

	/** Starts opening the database the settings name, when it is an embedded HSQLDB file. */
	public static EarlyDatabase open(Environment environment) {
		return open(environment, (connection) -> () -> {
		});
	}

	/**
	 * As {@link #open(Environment)}, then, on the same thread, once the database is open, {@code reading} given the
	 * connection: what it returns is run there after the opening is known to have ended (its failure only logged), and
	 * the connection is closed after it.
	 *
	 * @param reading
	 *            called on the opened connection before the opening is said to have ended; what it returns reads on the
	 *            connection afterwards, in a transaction of its own, and must not close it
	 */
	public static EarlyDatabase open(Environment environment, Reading reading) {
		String url = environment.getProperty("spring.datasource.url");
		if (!DatabaseUrl.embeddedFile(url)) {
			return NONE;
		}
		Properties properties = new Properties();
		properties.setProperty("user", environment.getProperty("spring.datasource.username", "SA"));
		properties.setProperty("password", environment.getProperty("spring.datasource.password", ""));
		EarlyDatabase early = new EarlyDatabase(new CompletableFuture<>());
		Thread thread = new Thread(() -> early.openAndRead(url, properties, reading), "langcov-database-opening");
		thread.setDaemon(true);
		thread.start();
		return early;
	}

	private void openAndRead(String url, Properties properties, Reading reading) {
		Connection connection;
		try {
			connection = new JDBCDriver().connect(url, properties);
		} catch (SQLException | RuntimeException ex) {
			this.opening.completeExceptionally(ex);
			return;
		}
		Runnable then;
		try {
			then = reading.on(connection);
		} catch (RuntimeException ex) {
			// the database is open all the same: only the reading is given up
			logger.debug("Nothing is read on the early connection", ex);
			then = () -> {
			};
		}
		this.opening.complete(connection);
		try {
			then.run();
		} catch (RuntimeException ex) {
			logger.debug("Reading on the early connection failed; the run reads for itself", ex);
		} finally {
			release(connection);
		}
	}

	/** Waits for the opening to end: whether it gave a connection. */
	boolean opened() throws InterruptedException {
		try {
			return this.opening != null && this.opening.get() != null;
		} catch (ExecutionException ex) {
			return false;
		}
	}

	/**
	 * Waits for the opening to end; the early connection is closed now or, when a reading on it is still going, once it
	 * ends. The database stays open while others are.
	 */
	@Override
	public void close() {
		if (this.opening == null) {
			return;
		}
		try {
			release(this.opening.get());
		} catch (ExecutionException ex) {
			logger.debug("The database could not be opened early; the connection pool says why", ex.getCause());
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void release(Connection connection) {
		if (this.users.decrementAndGet() != 0) {
			return;
		}
		try {
			connection.close();
		} catch (SQLException ex) {
			logger.debug("The early connection could not be closed", ex);
		}
	}

}
