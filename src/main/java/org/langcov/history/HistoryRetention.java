package org.langcov.history;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.langcov.report.LanguageSummary;
import org.langcov.timeliness.OnTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: a run's detail (its documents, slots, rejected rows, notes, due dates and days available) is kept for
 * {@code langcov.retention} (90 days unless set), then dropped, and its figures per language kept for ever in
 * {@code LC_FIGURES}. A session's latest run and its latest completed one are always kept in full, however old: the
 * next run's Changes, Available since and timeliness come from the latest completed one, and a run cut short is resumed
 * from its own.
 */
@Repository
public class HistoryRetention {

	private static final List<String> DETAIL = List.of("LC_DOCUMENT", "LC_REJECTED", "LC_NOTE", "LC_DUE", "LC_SINCE");

	private static final int[] FIGURE_TYPES = {Types.BIGINT, Types.CHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER,
			Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER};

	private static final Logger logger = LoggerFactory.getLogger(HistoryRetention.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final TimelinessRepository timeliness;

	private final Clock clock;

	private final Duration retention;

	private final boolean hsqldb;

	public HistoryRetention(JdbcTemplate jdbc, PlatformTransactionManager transactions, TimelinessRepository timeliness,
			Clock clock, @Value("${langcov.retention:90d}") Duration retention,
			@Value("${spring.datasource.url}") String url) {
		this.hsqldb = DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.HSQLDB;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.timeliness = timeliness;
		this.clock = clock;
		this.retention = retention;
	}

	/** How long a run's detail is kept. */
	public Duration retention() {
		return this.retention;
	}

	/**
	 * Drops the detail of the runs older than the retention, of one session or of all.
	 *
	 * @param session
	 *            the session id as its runs record it, or {@code null} for every session
	 */
	public Pruned prune(String session) {
		Instant cutoff = this.clock.instant().minus(this.retention);
		List<Long> runs = new ArrayList<>();
		long slots = 0;
		for (long run : candidates(session, cutoff)) {
			Long dropped = this.transaction.execute((status) -> pruneRun(run));
			slots += (dropped != null) ? dropped : 0;
			runs.add(run);
		}
		if (!runs.isEmpty() && this.hsqldb) {
			compact();
		}
		return new Pruned(List.copyOf(runs), slots, cutoff);
	}

	/**
	 * On HSQLDB, rewrites the data file once more than half of it is the room of deleted rows: HSQLDB does not reuse it
	 * across restarts, and with old runs pruned every night the file grew as if nothing were deleted
	 * (bench/retention.sh). Half, so that the rewrite, which takes as long as the file is large, comes seldom.
	 */
	private void compact() {
		List<long[]> files = this.jdbc.query(
				"SELECT FILE_LOST_BYTES, FILE_FREE_POS FROM INFORMATION_SCHEMA.SYSTEM_CACHEINFO",
				(rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)});
		if (files.stream().anyMatch((file) -> file[0] > file[1] / 2)) {
			logger.info("Retention: compacting the database file (CHECKPOINT DEFRAG)");
			this.jdbc.execute("CHECKPOINT DEFRAG");
		}
	}

	/**
	 * What {@link #prune(String)} did.
	 *
	 * @param runs
	 *            the runs whose detail was dropped
	 * @param slots
	 *            the slot rows dropped
	 * @param cutoff
	 *            runs started before it were pruned
	 */
	public record Pruned(List<Long> runs, long slots, Instant cutoff) {

	}

	/** The runs to prune: started before the cutoff, not pruned yet, neither of the two its session keeps. */
	private List<Long> candidates(String session, Instant cutoff) {
		record Row(long run, String session, boolean completed, Instant started, boolean pruned) {
		}
		List<Row> rows = this.jdbc.query(
				"SELECT r.RUN_ID, r.SESSION_ID, r.STATUS, st.STARTED_AT, r.STARTED,"
						+ " CASE WHEN EXISTS (SELECT 1 FROM LC_PRUNED p WHERE p.RUN_ID = r.RUN_ID) THEN 1 ELSE 0 END"
						+ " FROM LC_RUN r LEFT JOIN LC_RUN_STATE st ON st.RUN_ID = r.RUN_ID"
						+ ((session != null) ? " WHERE r.SESSION_ID = ?" : ""),
				(rs, i) -> new Row(rs.getLong(1), rs.getString(2), RunStatus.COMPLETED.name().equals(rs.getString(3)),
						RunTimes.read(rs, 4, 5), rs.getInt(6) == 1),
				(session != null) ? new Object[]{session} : new Object[0]);
		// as RunRepository finds them: by run id, the latest run and the latest completed one
		Map<String, Long> latest = new HashMap<>();
		Map<String, Long> latestCompleted = new HashMap<>();
		for (Row row : rows) {
			latest.merge(row.session(), row.run(), Math::max);
			if (row.completed()) {
				latestCompleted.merge(row.session(), row.run(), Math::max);
			}
		}
		return rows.stream()
				.filter((row) -> !row.pruned() && row.started().isBefore(cutoff)
						&& row.run() != latest.get(row.session())
						&& row.run() != latestCompleted.getOrDefault(row.session(), -1L))
				.map(Row::run).sorted().toList();
	}

	/** Keeps the run's figures, then drops its detail; returns the slot rows dropped. */
	private long pruneRun(long run) {
		List<LanguageSummary> summary = CoverageCounts.of(this.jdbc, "s.RUN_ID = ?", run).getOrDefault(run, List.of());
		Map<Object, OnTime> onTime = new HashMap<>();
		this.timeliness.onTime(run).forEach((line) -> onTime.put(line.language(), line));
		List<Object[]> figures = new ArrayList<>();
		for (LanguageSummary line : summary) {
			if (line.language() != null && line.expected() > 0) {
				OnTime due = onTime.get(line.language());
				figures.add(new Object[]{run, String.valueOf(line.language().letter()), line.expected(),
						line.available(), line.missing(), line.unverified(), (due != null) ? due.onTime() : null,
						(due != null) ? due.late() : null, (due != null) ? due.overdue() : null,
						(due != null) ? due.notYetDue() : null});
			}
		}
		this.jdbc.update("DELETE FROM LC_FIGURES WHERE RUN_ID = ?", run);
		this.jdbc.batchUpdate(
				"INSERT INTO LC_FIGURES (RUN_ID, LANG, EXPECTED, AVAILABLE, MISSING, UNVERIFIED,"
						+ " ON_TIME, LATE, OVERDUE, NOT_YET_DUE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				figures, FIGURE_TYPES);
		for (String table : DETAIL) {
			this.jdbc.update("DELETE FROM " + table + " WHERE RUN_ID = ?", run);
		}
		long slots = this.jdbc.update("DELETE FROM LC_SLOT WHERE RUN_ID = ?", run);
		this.jdbc.update("INSERT INTO LC_PRUNED (RUN_ID, PRUNED_AT) VALUES (?, ?)", run,
				RunTimes.instant(this.clock.instant()));
		return slots;
	}

}
