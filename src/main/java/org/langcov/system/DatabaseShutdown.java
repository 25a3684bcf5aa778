package org.langcov.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

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
 * Once it has written the files, HSQLDB releases its lock file ({@code langcov.lck}) and, before deleting it, sleeps
 * 100 ms whatever happens ({@code LockFile.tryRelease}, "Hack Alert": its heartbeat is stopped and the file closed by
 * then): the last tenth of a second of every run, with nothing else left to do. A watching thread cuts that sleep short
 * by interrupting it ({@link ReleaseWait}), and nothing else: HSQLDB catches the interruption and deletes the file at
 * once. Closing the 1,000-document benchmark's database after a rerun: 36 to 74 ms, from 141 to 159 ms. Should a later
 * HSQLDB release its lock otherwise, the watcher finds no such sleep and the run waits as before.
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
			long start = System.nanoTime();
			boolean cutShort = shutdown(statement);
			logger.debug("Database closed in {} ms; the wait in its lock's release {}",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), cutShort ? "cut short" : "not found");
			return true;
		} catch (SQLException ex) {
			// the pool's closing closes it then, as before
			logger.warn("The database could not be closed at the end of the run; it is closed with the application",
					ex);
			return false;
		}
	}

	/**
	 * Closes the database on the current thread, cutting short the sleep in its lock's release: whether it found it.
	 * The thread is left uninterrupted.
	 */
	static boolean shutdown(Statement statement) throws SQLException {
		try (ReleaseWait wait = new ReleaseWait(Thread.currentThread())) {
			statement.execute("SHUTDOWN");
			return wait.cutShort();
		}
	}

	/**
	 * Watches a thread that closes a database, and interrupts it when, and only when, it is in the sleep of HSQLDB's
	 * lock release: {@code Thread.sleep} called from {@code org.hsqldb.persist.LockFile.tryRelease}. The thread's state
	 * is read every millisecond (a field, no pause of the thread), its stack only while it waits. Closing it stops the
	 * watcher and clears the interruption it made, should the sleep have ended just before it came; an interruption
	 * from elsewhere is kept, unless it came while the watcher cut the sleep short (langcov itself interrupts no thread
	 * that closes the database: a stop asked for with Ctrl-C closes the application on a thread of its own).
	 */
	static final class ReleaseWait implements AutoCloseable {

		private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(1);

		private final Thread closing;

		private final Thread watcher;

		private volatile boolean done;

		private volatile boolean cutShort;

		ReleaseWait(Thread closing) {
			this.closing = closing;
			this.watcher = new Thread(this::watch, "langcov-database-release");
			this.watcher.setDaemon(true);
			this.watcher.start();
		}

		private void watch() {
			while (!this.done) {
				if (this.closing.getState() == Thread.State.TIMED_WAITING
						&& sleepsInLockRelease(this.closing.getStackTrace())) {
					this.cutShort = true;
					this.closing.interrupt();
					return;
				}
				LockSupport.parkNanos(INTERVAL);
			}
		}

		/** Whether the stack's frames below {@code Thread}'s own are those of HSQLDB's lock release. */
		static boolean sleepsInLockRelease(StackTraceElement[] stack) {
			for (StackTraceElement frame : stack) {
				if (!frame.getClassName().equals(Thread.class.getName())) {
					return frame.getClassName().equals("org.hsqldb.persist.LockFile")
							&& frame.getMethodName().equals("tryRelease");
				}
			}
			return false;
		}

		boolean cutShort() {
			return this.cutShort;
		}

		/** Stops the watcher; to be called on the closing thread. */
		@Override
		public void close() {
			this.done = true;
			boolean interrupted = false;
			while (this.watcher.isAlive()) {
				try {
					this.watcher.join();
				} catch (InterruptedException ex) {
					// the watcher's own, or one from elsewhere: told again below when it was not the watcher's
					interrupted = true;
				}
			}
			Thread.interrupted();
			if (interrupted && !this.cutShort) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
