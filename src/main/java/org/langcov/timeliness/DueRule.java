package org.langcov.timeliness;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the documents of a series are due, as a job file's {@code due} rule writes it: {@code none} (not subject to a
 * deadline: in-session papers), {@code opening} (the day the session opens), {@code N weeks before} (the opening), or a
 * date such as {@code 2014-02-20}.
 *
 * @param kind
 *            which of the four
 * @param weeks
 *            for {@link Kind#WEEKS_BEFORE}: weeks before the opening; 0 otherwise
 * @param date
 *            for {@link Kind#DATE}: the day; {@code null} otherwise
 */
public record DueRule(Kind kind, int weeks, LocalDate date) {

	/** The four kinds of rule. */
	public enum Kind {

		NONE, OPENING, WEEKS_BEFORE, DATE

	}

	/** How the rule is written, for messages. */
	public static final String FORMS = "'none', 'opening', 'N weeks before' or a date such as 2014-02-20";

	private static final Pattern WEEKS = Pattern.compile("(\\d{1,3})\\s+weeks?(?:\\s+before)?");

	/** Not subject to a deadline. */
	public static final DueRule NONE = new DueRule(Kind.NONE, 0, null);

	/** Due the day the session opens. */
	public static final DueRule OPENING = new DueRule(Kind.OPENING, 0, null);

	/** Due {@code weeks} before the session opens. */
	public static DueRule weeksBefore(int weeks) {
		return new DueRule(Kind.WEEKS_BEFORE, weeks, null);
	}

	/**
	 * Reads a rule as a job file writes it.
	 *
	 * @throws IllegalArgumentException
	 *             saying what is expected, when the text is none of the forms
	 */
	public static DueRule parse(String text) {
		String rule = text.trim().toLowerCase(Locale.ROOT);
		if (rule.equals("none")) {
			return NONE;
		}
		if (rule.equals("opening")) {
			return OPENING;
		}
		Matcher weeks = WEEKS.matcher(rule);
		if (weeks.matches()) {
			return weeksBefore(Integer.parseInt(weeks.group(1)));
		}
		try {
			return new DueRule(Kind.DATE, 0, LocalDate.parse(rule));
		} catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + text.trim() + "' is not a due rule: write " + FORMS, ex);
		}
	}

	/**
	 * The due date this rule gives a document of a session that opens on {@code opens}: none for {@link Kind#NONE}, and
	 * none for a rule counted from an opening the job does not give.
	 */
	public Optional<LocalDate> dueDate(LocalDate opens) {
		return switch (this.kind) {
			case NONE -> Optional.empty();
			case OPENING -> Optional.ofNullable(opens);
			case WEEKS_BEFORE -> Optional.ofNullable(opens).map((day) -> day.minusWeeks(this.weeks));
			case DATE -> Optional.of(this.date);
		};
	}

	/** As a job file writes it. */
	@Override
	public String toString() {
		return switch (this.kind) {
			case NONE -> "none";
			case OPENING -> "opening";
			case WEEKS_BEFORE -> this.weeks + ((this.weeks == 1) ? " week before" : " weeks before");
			case DATE -> this.date.toString();
		};
	}

}
