package org.langcov.history;

import static org.langcov.history.Columns.LONG_TEXT;
import static org.langcov.history.Columns.TEXT;
import static org.langcov.history.Columns.cut;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.langcov.slot.InspectedSlot;
import org.langcov.register.RegisterNote;
import org.langcov.register.Rejection;
import org.langcov.report.ReportSource;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * langcov's own tables: the runs, their documents, slots and rejected register rows.
 */
@Repository
public class RunRepository {

	/**
	 * Rows the reports' reads fetch at a time on PostgreSQL, whose driver otherwise reads a whole result into memory (a
	 * register of 50,000 documents has 300,000 slots).
	 */
	static final int REPORT_FETCH_SIZE = 1_000;

	private final JdbcTemplate jdbc;

	/** The reports' template: on PostgreSQL, with {@link #REPORT_FETCH_SIZE}. */
	private final JdbcTemplate reportReads;

	/** On PostgreSQL, the transaction the reports' reads run in; on HSQLDB none. */
	private final TransactionTemplate readTransaction;

	public RunRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${spring.datasource.url}") String url) {
		this.jdbc = jdbc;
		if (DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL) {
			this.reportReads = new JdbcTemplate(jdbc.getDataSource());
			this.reportReads.setFetchSize(REPORT_FETCH_SIZE);
			this.readTransaction = new TransactionTemplate(transactions);
		} else {
			this.reportReads = jdbc;
			this.readTransaction = null;
		}
	}

	/**
	 * Records a run as started; a restarted run keeps its row, and counts as resumed.
	 */
	public void start(long run, RunRecord record) {
		Integer known = this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_RUN WHERE RUN_ID = ?", Integer.class, run);
		if (known != null && known > 0) {
			this.jdbc.update("UPDATE LC_RUN SET STATUS = ?, ENDED = NULL WHERE RUN_ID = ?", RunStatus.STARTED.name(),
					run);
			int resumed = this.jdbc.update(
					"UPDATE LC_RUN_STATE SET RESUMED = RESUMED + 1, ENDED_AT = NULL, REASON = NULL WHERE RUN_ID = ?",
					run);
			if (resumed == 0) {
				// started by a version from before LC_RUN_STATE
				insertState(run, record.started(), 1);
			}
			return;
		}
		this.jdbc.update(
				"INSERT INTO LC_RUN (RUN_ID, SESSION_ID, TITLE, JOB_FILE, REGISTER_FILE, STORE, OUTPUT_FOLDER, STARTED, STATUS)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				run, record.session(), cut(record.title(), TEXT), record.jobFile(), record.register(), record.store(),
				record.output(), Timestamp.from(record.started()), RunStatus.STARTED.name());
		insertState(run, record.started(), 0);
	}

	private void insertState(long run, Instant started, int resumed) {
		this.jdbc.update("INSERT INTO LC_RUN_STATE (RUN_ID, STARTED_AT, ZONE, RESUMED) VALUES (?, ?, ?, ?)", run,
				RunTimes.instant(started), ZoneId.systemDefault().getId(), resumed);
	}

	public RunRecord find(long run) {
		return this.jdbc.queryForObject(
				"SELECT r.SESSION_ID, r.TITLE, r.JOB_FILE, r.REGISTER_FILE, r.STORE, r.OUTPUT_FOLDER, r.STARTED, st.STARTED_AT"
						+ " FROM LC_RUN r LEFT JOIN LC_RUN_STATE st ON st.RUN_ID = r.RUN_ID WHERE r.RUN_ID = ?",
				(rs, i) -> new RunRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), RunTimes.read(rs, 8, 7)),
				run);
	}

	/**
	 * Records how a run ended.
	 *
	 * @param reason
	 *            for a failed run, why, in one line; otherwise {@code null}
	 */
	public void finish(long run, RunStatus status, Instant ended, String reason) {
		this.jdbc.update("UPDATE LC_RUN SET STATUS = ?, ENDED = ? WHERE RUN_ID = ?", status.name(),
				Timestamp.from(ended), run);
		this.jdbc.update("UPDATE LC_RUN_STATE SET ENDED_AT = ?, REASON = ? WHERE RUN_ID = ?", RunTimes.instant(ended),
				(reason != null) ? cut(reason, TEXT) : null, run);
	}

	/**
	 * The reports' view of what the run stored. On PostgreSQL its reads stream, a fetch size at a time, each in a
	 * transaction.
	 */
	public ReportSource reportSource(long run) {
		RunReportSource source = new RunReportSource(this.reportReads, this, run);
		return (this.readTransaction != null) ? new ReadsInTransaction(source, this.readTransaction) : source;
	}

	/** The template the reports read with. */
	JdbcTemplate reportReads() {
		return this.reportReads;
	}

	/**
	 * Counts of a run's slots looked up (all but NOT_EXPECTED), of those with a problem, and of those UNREADABLE with a
	 * detail starting with {@code unreachable}: one query rather than a walk through every slot.
	 */
	public SlotCounts counts(long run, String unreachable) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*), COALESCE(SUM(CASE WHEN STATUS <> 'AVAILABLE' THEN 1 ELSE 0 END), 0),"
						+ " COALESCE(SUM(CASE WHEN STATUS = 'UNREADABLE' AND DETAIL LIKE ? THEN 1 ELSE 0 END), 0)"
						+ " FROM LC_SLOT WHERE RUN_ID = ? AND STATUS <> 'NOT_EXPECTED'",
				(rs, i) -> new SlotCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)), unreachable + "%", run);
	}

	/**
	 * A run's first slots with a problem, in the register's order, at most {@code limit} of them: the reports have them
	 * all.
	 */
	public List<ProblemSlot> problems(long run, int limit) {
		return this.jdbc.query(
				"SELECT SYMBOL, LANG, STATUS, DETAIL, LOCATION FROM LC_SLOT WHERE RUN_ID = ?"
						+ " AND STATUS NOT IN ('AVAILABLE', 'NOT_EXPECTED') ORDER BY SLOT_SEQ LIMIT ?",
				(rs, i) -> new ProblemSlot(rs.getString(1), Language.ofLetter(rs.getString(2).charAt(0)).orElseThrow(),
						Status.valueOf(rs.getString(3)), (rs.getString(4) != null) ? rs.getString(4) : "",
						(rs.getString(5) != null) ? rs.getString(5) : ""),
				run, limit);
	}

	/** See {@link #counts(long, String)}. */
	public record SlotCounts(long lookedUp, long problems, long unreachable) {

	}

	/** The session's latest run if it is still marked as started. */
	public Optional<Long> unfinished(String session) {
		return this.jdbc
				.query("SELECT RUN_ID, STATUS FROM LC_RUN WHERE SESSION_ID = ? ORDER BY RUN_ID DESC LIMIT 1",
						(rs, i) -> RunStatus.STARTED.name().equals(rs.getString(2)) ? rs.getLong(1) : null, session)
				.stream().filter(java.util.Objects::nonNull).findFirst();
	}

	/** The latest successful run of the session before this one. */
	public Optional<Long> previousSuccessful(String session, long run) {
		Long previous = this.jdbc.queryForObject(
				"SELECT MAX(RUN_ID) FROM LC_RUN WHERE SESSION_ID = ? AND STATUS = ? AND RUN_ID < ?", Long.class,
				session, RunStatus.COMPLETED.name(), run);
		return Optional.ofNullable(previous);
	}

	/** The runs of a session, its id matched ignoring case, newest first, with their coverage. */
	public List<RunHistory> history(String session) {
		return new HistoryRows(this.jdbc).runs("UPPER(r.SESSION_ID) = UPPER(?)", session);
	}

	/** The latest run of every session, by session id, each with the number of runs the session has had. */
	public List<SessionRuns> sessions() {
		return new HistoryRows(this.jdbc).latest();
	}

	/** Forgets what a failed staging left, so that staging again starts clean. */
	public void clearStaged(long run) {
		for (String table : List.of("LC_SLOT", "LC_DOCUMENT", "LC_REJECTED", "LC_NOTE")) {
			this.jdbc.update("DELETE FROM " + table + " WHERE RUN_ID = ?", run);
		}
	}

	public void insertDocuments(List<StagedDocument> documents) {
		this.jdbc.batchUpdate(
				"INSERT INTO LC_DOCUMENT (RUN_ID, DOC_SEQ, ROW_NUM, SYMBOLS, TITLE, AGENDA_ITEM) VALUES (?, ?, ?, ?, ?, ?)",
				documents, documents.size(), (ps, d) -> {
					ps.setLong(1, d.run());
					ps.setInt(2, d.seq());
					ps.setInt(3, d.row());
					ps.setString(4, cut(String.join("\n", d.symbols()), TEXT));
					ps.setString(5, cut(d.title(), LONG_TEXT));
					ps.setString(6, cut(d.agendaItem(), TEXT));
				});
	}

	/**
	 * Stages slots: those with a result (known without opening their file, or refused) are staged with it and are not
	 * inspected.
	 */
	public void insertSlots(List<InspectedSlot> slots) {
		this.jdbc.batchUpdate(SlotRows.INSERT, slots, slots.size(), (ps, slot) -> SlotRows.setStaged(slot, ps));
	}

	public void insertRejections(long run, List<Rejection> rejections) {
		this.jdbc.batchUpdate("INSERT INTO LC_REJECTED (RUN_ID, ROW_NUM, SYMBOL, REASON) VALUES (?, ?, ?, ?)",
				rejections, rejections.size(), (ps, r) -> {
					ps.setLong(1, run);
					ps.setInt(2, r.row());
					ps.setString(3, cut(r.symbol(), TEXT));
					ps.setString(4, cut(r.reason(), TEXT));
				});
	}

	/** Stores notes on register rows, several for a row in their order. */
	public void insertNotes(long run, List<RegisterNote> notes) {
		Map<Integer, Integer> seq = new HashMap<>();
		this.jdbc.batchUpdate("INSERT INTO LC_NOTE (RUN_ID, ROW_NUM, NOTE_SEQ, SYMBOL, NOTE) VALUES (?, ?, ?, ?, ?)",
				notes, notes.size(), (ps, n) -> {
					ps.setLong(1, run);
					ps.setInt(2, n.row());
					ps.setInt(3, seq.merge(n.row(), 1, Integer::sum));
					ps.setString(4, cut(n.symbol(), TEXT));
					ps.setString(5, cut(n.note(), TEXT));
				});
	}

	/** The run's notes on register rows, in row order. */
	public void notes(long run, Consumer<RegisterNote> action) {
		this.jdbc.query("SELECT ROW_NUM, SYMBOL, NOTE FROM LC_NOTE WHERE RUN_ID = ? ORDER BY ROW_NUM, NOTE_SEQ",
				(ResultSet rs) -> {
					action.accept(new RegisterNote(rs.getInt(1), rs.getString(2), rs.getString(3)));
				}, run);
	}

}
