package org.langcov.report;

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

	/** Coverage as a fraction from 0 to 1; 1 when nothing is expected. */
	public double coverage() {
		return (this.expected == 0) ? 1.0 : (double) this.available / this.expected;
	}

}
