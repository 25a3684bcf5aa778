package org.langcov.history;

import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.langcov.vocabulary.Language;
import org.langcov.report.LanguageSummary;
import org.langcov.report.Unverified;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the expected slots of runs per language, then overall, in one query.
 */
final class CoverageCounts {

	private CoverageCounts() {
	}

	/**
	 * The summaries of the runs whose slots match the condition, keyed by run; a run without staged slots has none.
	 * 
	 * @param condition
	 *            an SQL condition on {@code s}, the {@code LC_SLOT} table
	 */
	static Map<Long, List<LanguageSummary>> of(JdbcTemplate jdbc, String condition, Object... arguments) {
		Map<Long, Map<Language, LanguageSummary>> byRun = new HashMap<>();
		jdbc.query("SELECT s.RUN_ID, s.LANG, COUNT(*), SUM(CASE WHEN s.STATUS = 'AVAILABLE' THEN 1 ELSE 0 END),"
				+ " SUM(CASE WHEN s.STATUS = 'MISSING' THEN 1 ELSE 0 END), SUM(CASE WHEN " + unverified("s")
				+ " THEN 1 ELSE 0 END) FROM LC_SLOT s WHERE s.EXPECTED AND " + condition + " GROUP BY s.RUN_ID, s.LANG",
				(ResultSet rs) -> {
					Language language = Language.ofLetter(rs.getString(2).charAt(0)).orElseThrow();
					int expected = rs.getInt(3);
					int available = rs.getInt(4);
					int missing = rs.getInt(5);
					byRun.computeIfAbsent(rs.getLong(1), (run) -> new EnumMap<>(Language.class)).put(language,
							new LanguageSummary(language, expected, available, missing, expected - available - missing,
									rs.getInt(6)));
				}, arguments);
		Map<Long, List<LanguageSummary>> summaries = new HashMap<>();
		byRun.forEach((run, languages) -> summaries.put(run, withOverall(languages)));
		return summaries;
	}

	/**
	 * Every language in order, zero where nothing is expected, then the overall row.
	 */
	static List<LanguageSummary> withOverall(Map<Language, LanguageSummary> byLanguage) {
		return LanguageSummary.withOverall(byLanguage);
	}

	/**
	 * {@link Unverified}'s rule as an SQL condition on a table with {@code STATUS} and {@code DETAIL} columns, so that
	 * the database counts what the reports mark.
	 *
	 * @param alias
	 *            the table's alias in the query
	 */
	static String unverified(String alias) {
		String detail = alias + ".DETAIL";
		return "(" + alias + ".STATUS = 'AVAILABLE' AND ('; ' || " + detail + " || ';' LIKE '%; " + Unverified.NO_TEXT
				+ ";%' OR '; ' || " + detail + " LIKE '%; " + Unverified.NOT_READABLE + "%'))";
	}

}
