package org.langcov.report;

import java.util.Optional;

import org.langcov.check.Language;

/**
 * Counts of the expected slots of one language, or of all languages when
 * {@code language} is {@code null} (the overall row).
 *
 * @param expected
 *            expected slots
 * @param available
 *            expected slots that are AVAILABLE
 * @param missing
 *            expected slots that are MISSING
 * @param otherProblems
 *            expected slots with any other problem status
 */
public record LanguageSummary(Language language, int expected, int available, int missing, int otherProblems) {

	/**
	 * Coverage as a fraction from 0 to 1, or {@code null} when nothing is expected:
	 * a language with no expected version has no coverage, which is not 100 %.
	 */
	public Double coverage() {
		return (this.expected == 0) ? null : (double) this.available / this.expected;
	}

	/** Coverage as the reports show it; empty when nothing is expected. */
	public Optional<Percent> percent() {
		return Percent.of(this.available, this.expected);
	}

}
