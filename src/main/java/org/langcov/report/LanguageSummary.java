package org.langcov.report;

import java.util.Optional;

import org.langcov.vocabulary.Language;

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
 * @param unverified
 *            expected slots that are AVAILABLE but whose text could not be read
 *            ({@link Unverified}): counted as available, and apart
 */
public record LanguageSummary(Language language, int expected, int available, int missing, int otherProblems,
		int unverified) {

	/** Counts without unverified versions. */
	public LanguageSummary(Language language, int expected, int available, int missing, int otherProblems) {
		this(language, expected, available, missing, otherProblems, 0);
	}

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
