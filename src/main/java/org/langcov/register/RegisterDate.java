package org.langcov.register;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a register holds it: a real date cell (which the readers give as {@code 2014-01-30}), or text as a person
 * writes it: {@code 30 January 2014}, {@code January 30, 2014}, {@code 30 Jan. 2014}, {@code 30/01/2014},
 * {@code 30.01.2014}. A numeric date whose day could be its month is read in the job's {@link DateOrder}; one whose
 * first or second number is above 12 can only be read one way, and is.
 */
public final class RegisterDate {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

	private static final Pattern DAY_MONTH = Pattern
			.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([\\p{L}]+)\\.?,?\\s+(\\d{4})");

	private static final Pattern MONTH_DAY = Pattern
			.compile("([\\p{L}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");

	private RegisterDate() {
	}

	/**
	 * The date written, or empty when the text is not a date this class reads.
	 */
	public static Optional<LocalDate> parse(String text, DateOrder order) {
		String date = SPACES.matcher(text.strip().replace('\u00A0', ' ')).replaceAll(" ");
		try {
			Matcher iso = ISO.matcher(date);
			if (iso.matches()) {
				return Optional.of(LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3)));
			}
			Matcher numeric = NUMERIC.matcher(date);
			if (numeric.matches()) {
				return numeric(number(numeric, 1), number(numeric, 2), number(numeric, 3), order);
			}
			Matcher dayMonth = DAY_MONTH.matcher(date);
			if (dayMonth.matches()) {
				return named(number(dayMonth, 1), dayMonth.group(2), number(dayMonth, 3));
			}
			Matcher monthDay = MONTH_DAY.matcher(date);
			if (monthDay.matches()) {
				return named(number(monthDay, 2), monthDay.group(1), number(monthDay, 3));
			}
		} catch (DateTimeException ex) {
			// 31 February and the like: not a date
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> named(int day, String month, int year) {
		Optional<Month> named = month(month);
		return named.isPresent() ? Optional.of(LocalDate.of(year, named.get(), day)) : Optional.empty();
	}

	private static Optional<LocalDate> numeric(int first, int second, int year, DateOrder order) {
		// only a number up to 12 can be a month: past that the order is plain
		boolean dayFirst = (first > 12) || (second <= 12 && order == DateOrder.DMY);
		return Optional.of(dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second));
	}

	/** English month names, in full or cut to three letters or more. */
	private static Optional<Month> month(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.length() < 3) {
			return Optional.empty();
		}
		for (Month month : Month.values()) {
			if (month.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
				return Optional.of(month);
			}
		}
		return Optional.empty();
	}

	private static int number(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}

}
