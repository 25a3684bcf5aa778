package org.langcov.report;

import java.util.Locale;
import java.util.Optional;

/**
 * A share as every report, the summary line and {@code history} show it: rounded half up to one decimal, computed from
 * the counts in whole numbers so that no floating-point error can tip a half either way. 11 of 12 is 91.7 % everywhere.
 *
 * @param tenths
 *            the share in tenths of a percent, from 0 to 1000
 */
public record Percent(int tenths) {

	/**
	 * What a share of nothing shows: a language with no expected version has no coverage, which is not 100 %.
	 */
	public static final String NONE = "\u2013";

	/** {@code part} of {@code whole}, or empty when the whole is nothing. */
	public static Optional<Percent> of(long part, long whole) {
		if (whole <= 0) {
			return Optional.empty();
		}
		// half up: floor(part / whole * 1000 + 1/2), in integers
		return Optional.of(new Percent((int) ((2000 * part + whole) / (2 * whole))));
	}

	/**
	 * The rounded share as a fraction, for a spreadsheet cell formatted {@code 0.0%}: the cell holds what it shows.
	 */
	public double fraction() {
		return this.tenths / 1000.0;
	}

	/** As the summary line writes it: {@code 91.7%}, {@code 100%}. */
	public String compact() {
		return ((this.tenths % 10 == 0) ? String.valueOf(this.tenths / 10) : decimal()) + "%";
	}

	/** As the PDF writes it: {@code 91.7 %}, {@code 100.0 %}. */
	public String spaced() {
		return decimal() + " %";
	}

	/** {@link #compact()}, or {@value #NONE} for no share. */
	public static String compact(Optional<Percent> share) {
		return share.map(Percent::compact).orElse(NONE);
	}

	/** {@link #spaced()}, or {@value #NONE} for no share. */
	public static String spaced(Optional<Percent> share) {
		return share.map(Percent::spaced).orElse(NONE);
	}

	private String decimal() {
		return String.format(Locale.ROOT, "%d.%d", this.tenths / 10, this.tenths % 10);
	}

}
