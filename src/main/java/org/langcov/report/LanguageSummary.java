package org.langcov.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.langcov.vocabulary.Language;

/**
 * Counts of the expected slots of one language, or of all languages when {@code language} is {@code null} (the overall
 * row).
 *
 * @param expected
 *            expected slots
 * @param available
 *            expected slots that are AVAILABLE
 * @param missing
 *            expected slots that are MISSING
 * @param otherProblems
 *            expected slots with any other problem status
 * @param unverified
 *            expected slots that are AVAILABLE but whose text could not be read ({@link Unverified}): counted as
 *            available, and apart
 */
public record LanguageSummary(Language language, int expected, int available, int missing, int otherProblems,
		int unverified) {

	/** Counts without unverified versions. */
	public LanguageSummary(Language language, int expected, int available, int missing, int otherProblems) {
		this(language, expected, available, missing, otherProblems, 0);
	}

	/**
	 * Whether there is a coverage at all: a language with no expected version has none, which is not 100 %.
	 */
	public boolean hasCoverage() {
		return this.expected > 0;
	}

	/**
	 * Coverage, the available expected versions of the expected ones, as a fraction from 0 to 1, or {@code null} when
	 * nothing is expected.
	 */
	public Double coverage() {
		return hasCoverage() ? (double) this.available / this.expected : null;
	}

	/**
	 * Whether the coverage is {@code percent} or more, judged on the counts and not on the rounded figure: 1,999 of
	 * 2,000 (shown as 100 %) is under 100.
	 */
	public boolean isAtLeast(double percent) {
		return this.available * 100.0 >= percent * this.expected;
	}

	/** Coverage as the reports show it; empty when nothing is expected. */
	public Optional<Percent> percent() {
		return Percent.of(this.available, this.expected);
	}

	/**
	 * Every language in order, zero where nothing is expected, then the overall row: the sums of the languages' counts.
	 */
	public static List<LanguageSummary> withOverall(Map<Language, LanguageSummary> byLanguage) {
		List<LanguageSummary> summary = new ArrayList<>();
		int[] total = new int[5];
		for (Language language : Language.values()) {
			LanguageSummary line = byLanguage.getOrDefault(language, new LanguageSummary(language, 0, 0, 0, 0));
			summary.add(line);
			total[0] += line.expected();
			total[1] += line.available();
			total[2] += line.missing();
			total[3] += line.otherProblems();
			total[4] += line.unverified();
		}
		summary.add(new LanguageSummary(null, total[0], total[1], total[2], total[3], total[4]));
		return summary;
	}

}
