package org.langcov.cli;

import java.math.BigDecimal;
import java.util.Locale;

import org.langcov.report.LanguageSummary;
import org.langcov.report.Percent;

/**
 * {@code --fail-under PCT}: whether a session's overall coverage is under the threshold. It is judged on the counts,
 * not on the rounded figure, so that 1,999 of 2,000 (shown as 100 %) is still under 100; the message then gives the
 * counts, so that it never reads as 100 % under 100 %.
 */
final class FailUnder {

	private FailUnder() {
	}

	/**
	 * Why the overall coverage is under the threshold, in one line, or {@code null} when it is not. A session with no
	 * expected version has no coverage to meet any threshold above zero.
	 */
	static String below(LanguageSummary overall, double threshold) {
		String limit = "--fail-under " + number(threshold) + "%";
		if (threshold <= 0) {
			return null;
		}
		if (!overall.hasCoverage()) {
			return "no language version is expected, so there is no overall coverage to hold against " + limit;
		}
		if (overall.isAtLeast(threshold)) {
			return null;
		}
		Percent shown = overall.percent().orElseThrow();
		String counts = (shown.tenths() >= threshold * 10)
				? String.format(Locale.ROOT, " (%,d of %,d expected versions available)", overall.available(),
						overall.expected())
				: "";
		return "overall coverage " + shown.compact() + counts + " is under " + limit;
	}

	/** A fraction such as {@code 0.95} written as the percentage it stands for, {@code 95}. */
	static String asPercent(double fraction) {
		return number(BigDecimal.valueOf(fraction).movePointRight(2).doubleValue());
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
	}

}
