package org.langcov.history;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.langcov.report.LanguageSummary;
import org.langcov.timeliness.OnTime;
import org.langcov.vocabulary.Language;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures kept of runs whose detail retention has dropped ({@code LC_FIGURES}), in the shapes {@code history}
 * shows: the summary per language then overall, and the on-time counts.
 */
final class KeptFigures {

	private KeptFigures() {
	}

	/**
	 * The summaries of the pruned runs that match the condition, keyed by run.
	 *
	 * @param condition
	 *            an SQL condition on {@code f}, the {@code LC_FIGURES} table
	 */
	static Map<Long, List<LanguageSummary>> summaries(JdbcTemplate jdbc, String condition, Object... arguments) {
		Map<Long, Map<Language, LanguageSummary>> byRun = new HashMap<>();
		jdbc.query("SELECT f.RUN_ID, f.LANG, f.EXPECTED, f.AVAILABLE, f.MISSING, f.UNVERIFIED FROM LC_FIGURES f WHERE "
				+ condition, (ResultSet rs) -> {
					Language language = Language.ofLetter(rs.getString(2).charAt(0)).orElseThrow();
					int expected = rs.getInt(3);
					int available = rs.getInt(4);
					int missing = rs.getInt(5);
					byRun.computeIfAbsent(rs.getLong(1), (run) -> new EnumMap<>(Language.class)).put(language,
							new LanguageSummary(language, expected, available, missing, expected - available - missing,
									rs.getInt(6)));
				}, arguments);
		Map<Long, List<LanguageSummary>> summaries = new HashMap<>();
		byRun.forEach((run, languages) -> summaries.put(run, LanguageSummary.withOverall(languages)));
		return summaries;
	}

	/**
	 * The on-time counts kept of a pruned run, every language (zero where none was due) then overall, as
	 * {@code OnTimeTally} gives them; empty when it had no due dates.
	 */
	static List<OnTime> onTime(JdbcTemplate jdbc, long run) {
		Map<Language, OnTime> kept = new EnumMap<>(Language.class);
		jdbc.query(
				"SELECT LANG, ON_TIME, LATE, OVERDUE, NOT_YET_DUE FROM LC_FIGURES WHERE RUN_ID = ? AND ON_TIME IS NOT NULL",
				(ResultSet rs) -> {
					Language language = Language.ofLetter(rs.getString(1).charAt(0)).orElseThrow();
					kept.put(language, new OnTime(language, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
				}, run);
		if (kept.isEmpty()) {
			return List.of();
		}
		List<OnTime> lines = new ArrayList<>();
		for (Language language : Language.values()) {
			lines.add(kept.getOrDefault(language, new OnTime(language, 0, 0, 0, 0)));
		}
		lines.add(new OnTime(null, lines.stream().mapToInt(OnTime::onTime).sum(),
				lines.stream().mapToInt(OnTime::late).sum(), lines.stream().mapToInt(OnTime::overdue).sum(),
				lines.stream().mapToInt(OnTime::notYetDue).sum()));
		return lines;
	}

}
