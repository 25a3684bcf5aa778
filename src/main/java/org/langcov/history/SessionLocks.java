package org.langcov.history;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.langcov.system.HostName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One run per session at a time, across processes and machines sharing the database: a row per session being run in
 * {@code LC_LOCK}, inserted in a short transaction of its own, so that a second taker fails on the duplicate key and
 * reads from the row who holds it. A row whose holder died is taken over, when its death is certain: on PostgreSQL the
 * lock is an advisory one (see {@link AdvisoryLock}) and the row only says who holds it; an embedded HSQLDB database is
 * open to one process only (see {@code system.ProcessLock}), so a row this process does not hold is left by one that is
 * gone.
 */
@Repository
public class SessionLocks implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SessionLocks.class);

	/**
	 * The sessions this JVM runs, by database and session: the contexts of one JVM may share an embedded database, and
	 * their rows alone cannot tell a holder that is running from one that died.
	 */
	private static final Set<String> HELD_HERE = ConcurrentHashMap.newKeySet();

	private static final String HOST = HostName.get();

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final Clock clock;

	private final Set<SessionLock> open = ConcurrentHashMap.newKeySet();

	public SessionLocks(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Takes the session for a run, at once or not at all.
	 *
	 * @throws SessionBusyException
	 *             when another process (or another run in this one) has it
	 */
	public SessionLock take(String session) throws SessionBusyException {
		Database database = this.jdbc.execute((ConnectionCallback<Database>) (connection) -> new Database(
				connection.getMetaData().getDatabaseProductName(), connection.getMetaData().getURL()));
		SessionLock lock = database.postgresql() ? takeAdvisory(session) : takeEmbedded(session, database);
		this.open.add(lock);
		return lock;
	}

	/** Who holds the session, if anyone. */
	public Optional<LockHolder> holder(String session) {
		return this.jdbc.query("SELECT HOLDER_PID, HOST, SINCE FROM LC_LOCK WHERE SESSION_ID = ?",
				(rs, i) -> new LockHolder(session, rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
				session).stream().findFirst();
	}

	/** On shutdown, whatever runs were cut short: the next run of those sessions resumes them. */
	@Override
	public void destroy() {
		this.open.forEach(SessionLock::close);
	}

	private SessionLock takeAdvisory(String session) throws SessionBusyException {
		AdvisoryLock advisory;
		try {
			advisory = AdvisoryLock.tryTake(this.dataSource, session);
		} catch (SQLException ex) {
			throw new DataAccessResourceFailureException("could not lock session " + session, ex);
		}
		if (advisory == null) {
			throw busy(session);
		}
		String token;
		try {
			// holding the advisory lock proves that whoever wrote a row still there has died
			token = insertOrTakeOver(session, true);
		} catch (RuntimeException | SessionBusyException ex) {
			closeQuietly(advisory);
			throw ex;
		}
		return lock(session, () -> {
			try {
				delete(session, token);
			} finally {
				closeQuietly(advisory);
			}
		});
	}

	private SessionLock takeEmbedded(String session, Database database) throws SessionBusyException {
		String here = database.url() + "|" + session;
		if (!HELD_HERE.add(here)) {
			throw busy(session);
		}
		String token;
		try {
			token = insertOrTakeOver(session, database.inProcess());
		} catch (RuntimeException | SessionBusyException ex) {
			HELD_HERE.remove(here);
			throw ex;
		}
		return lock(session, () -> {
			try {
				delete(session, token);
			} finally {
				HELD_HERE.remove(here);
			}
		});
	}

	/**
	 * Inserts this process's row; when one is there, takes it over if its holder is surely gone.
	 *
	 * @param holderGone
	 *            whether any row found is left by a process that died
	 * @return the token of this holding
	 */
	private String insertOrTakeOver(String session, boolean holderGone) throws SessionBusyException {
		String token = UUID.randomUUID().toString();
		Timestamp since = Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS));
		long pid = ProcessHandle.current().pid();
		while (true) {
			try {
				this.jdbc.update(
						"INSERT INTO LC_LOCK (SESSION_ID, HOLDER_PID, HOST, SINCE, TOKEN) VALUES (?, ?, ?, ?, ?)",
						session, pid, HOST, since, token);
				return token;
			} catch (DuplicateKeyException ex) {
				Left left = left(session);
				if (left == null) {
					continue;
				}
				if (!holderGone && !deadHere(left.holder())) {
					throw new SessionBusyException(session, left.holder());
				}
				logger.warn("{} was left by process {} on host {} since {}, which is gone: taken over", session,
						left.holder().pid(), left.holder().host(), left.holder().since());
				// only the row seen: another taker may have been quicker
				if (this.jdbc.update(
						"UPDATE LC_LOCK SET HOLDER_PID = ?, HOST = ?, SINCE = ?, TOKEN = ? WHERE SESSION_ID = ? AND TOKEN = ?",
						pid, HOST, since, token, session, left.token()) == 1) {
					return token;
				}
			}
		}
	}

	private Left left(String session) {
		return this.jdbc.query("SELECT HOLDER_PID, HOST, SINCE, TOKEN FROM LC_LOCK WHERE SESSION_ID = ?",
				(rs, i) -> new Left(
						new LockHolder(session, rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
						rs.getString(4)),
				session).stream().findFirst().orElse(null);
	}

	/** A holder on this machine whose process is no more. */
	private static boolean deadHere(LockHolder holder) {
		return HOST.equals(holder.host()) && ProcessHandle.of(holder.pid()).map((p) -> !p.isAlive()).orElse(true);
	}

	/**
	 * The holder, read from its row; a holder that has just taken the session may not have written it yet.
	 */
	private SessionBusyException busy(String session) {
		for (int attempt = 0; attempt < 20; attempt++) {
			Optional<LockHolder> holder = holder(session);
			if (holder.isPresent()) {
				return new SessionBusyException(session, holder.get());
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return new SessionBusyException(session, null);
	}

	private SessionLock lock(String session, Runnable release) {
		SessionLock[] lock = new SessionLock[1];
		lock[0] = new SessionLock(session, () -> {
			try {
				release.run();
			} catch (RuntimeException ex) {
				logger.warn("The lock of {} could not be let go; the next run takes it over", session, ex);
			} finally {
				this.open.remove(lock[0]);
			}
		});
		return lock[0];
	}

	private void delete(String session, String token) {
		this.jdbc.update("DELETE FROM LC_LOCK WHERE SESSION_ID = ? AND TOKEN = ?", session, token);
	}

	private static void closeQuietly(AdvisoryLock advisory) {
		try {
			advisory.close();
		} catch (SQLException ex) {
			logger.warn("Advisory lock not let go: its connection is closed, which lets it go", ex);
		}
	}

	/** What the row of a holder says, and its token. */
	private record Left(LockHolder holder, String token) {

	}

	/** The database as its connection describes itself. */
	private record Database(String product, String url) {

		boolean postgresql() {
			return "PostgreSQL".equalsIgnoreCase(this.product);
		}

		/**
		 * An HSQLDB database in this process (a file or memory one): no other process has it.
		 */
		boolean inProcess() {
			return this.url != null && (this.url.startsWith("jdbc:hsqldb:file:")
					|| this.url.startsWith("jdbc:hsqldb:mem:") || this.url.startsWith("jdbc:hsqldb:res:"));
		}

	}

}
