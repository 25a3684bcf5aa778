package org.langcov.history;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.langcov.report.LanguageSummary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads runs for {@code history} and {@code sessions}. They are sorted here, by instant, since a run from before
 * {@code LC_RUN_STATE} has only a wall-clock time.
 */
final class HistoryRows {

	private static final Comparator<RunHistory> NEWEST_FIRST = Comparator.comparing(RunHistory::started)
			.thenComparingLong(RunHistory::run).reversed();

	private static final String RUNS = "SELECT r.RUN_ID, r.SESSION_ID, r.STARTED, r.ENDED, r.STATUS, st.STARTED_AT,"
			+ " st.ENDED_AT, st.ZONE, st.RESUMED, st.REASON FROM LC_RUN r LEFT JOIN LC_RUN_STATE st ON st.RUN_ID = r.RUN_ID";

	private final JdbcTemplate jdbc;

	HistoryRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The runs that match the condition, newest first, with their coverage and progress.
	 *
	 * @param condition
	 *            an SQL condition on {@code r}, the {@code LC_RUN} table
	 */
	List<RunHistory> runs(String condition, Object... arguments) {
		List<RunHistory> bare = bare(condition, arguments);
		String runs = "s.RUN_ID IN (SELECT r.RUN_ID FROM LC_RUN r WHERE " + condition + ")";
		Map<Long, List<LanguageSummary>> summaries = CoverageCounts.of(this.jdbc, runs, arguments);
		KeptFigures
				.summaries(this.jdbc, "f.RUN_ID IN (SELECT r.RUN_ID FROM LC_RUN r WHERE " + condition + ")", arguments)
				.forEach(summaries::putIfAbsent);
		Map<Long, long[]> progress = new HashMap<>();
		this.jdbc.query("SELECT s.RUN_ID, COUNT(s.STATUS), COUNT(*) FROM LC_SLOT s WHERE s.EXPECTED AND " + runs
				+ " GROUP BY s.RUN_ID", (rs) -> {
					progress.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)});
				}, arguments);
		List<RunHistory> full = new ArrayList<>();
		for (RunHistory run : bare) {
			long[] counts = progress.getOrDefault(run.run(), new long[2]);
			full.add(new RunHistory(run.run(), run.session(), run.started(), run.zone(), run.ended(), run.status(),
					run.resumed(), run.reason(), counts[0], counts[1], summaries.getOrDefault(run.run(), List.of())));
		}
		return full;
	}

	/** The latest run of every session, by session id ignoring case. */
	List<SessionRuns> latest() {
		Map<String, List<RunHistory>> bySession = bare("1 = 1").stream().collect(Collectors
				.groupingBy((run) -> run.session().toUpperCase(Locale.ROOT), LinkedHashMap::new, Collectors.toList()));
		if (bySession.isEmpty()) {
			return List.of();
		}
		String latest = bySession.values().stream().map((runs) -> String.valueOf(runs.get(0).run()))
				.collect(Collectors.joining(", "));
		Map<Long, RunHistory> described = runs("r.RUN_ID IN (" + latest + ")").stream()
				.collect(Collectors.toMap(RunHistory::run, (run) -> run));
		return bySession.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(
				(session) -> new SessionRuns(described.get(session.getValue().get(0).run()), session.getValue().size()))
				.toList();
	}

	/** The runs without coverage, newest first. */
	private List<RunHistory> bare(String condition, Object... arguments) {
		List<RunHistory> runs = new ArrayList<>(this.jdbc.query(RUNS + " WHERE " + condition, (rs, i) -> {
			String zone = rs.getString(8);
			Instant started = RunTimes.read(rs, 6, 3);
			return new RunHistory(rs.getLong(1), rs.getString(2), started,
					(zone != null) ? ZoneId.of(zone) : ZoneId.systemDefault(), RunTimes.read(rs, 7, 4),
					RunStatus.valueOf(rs.getString(5)), rs.getInt(9), rs.getString(10), 0, 0, List.of());
		}, arguments));
		runs.sort(NEWEST_FIRST);
		return runs;
	}

}
