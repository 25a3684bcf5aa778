package org.langcov.timeliness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether one language version met its due date, as of a given day. A version is due by the end of its due day:
 * available that day is on time, and it is overdue from the next day. Once the session has opened (from the day after
 * the opening), a version due by then and still missing is not available at the opening, a settled verdict, not an
 * overdue count that grows every night.
 *
 * @param kind
 *            the verdict
 * @param days
 *            days late or overdue; 0 otherwise
 */
public record Verdict(Kind kind, long days) {

	/** The verdicts. */
	public enum Kind {

		ON_TIME, LATE, OVERDUE, NOT_AT_OPENING, NOT_YET_DUE,

		/** Not subject to a deadline: a job's {@code due: none}, by default the in-session series. */
		NO_DEADLINE

	}

	/** The verdict of a version not subject to a deadline. */
	public static final Verdict NO_DEADLINE = new Verdict(Kind.NO_DEADLINE, 0);

	/**
	 * @param due
	 *            the version's due date
	 * @param availableSince
	 *            the first day of its current run of AVAILABLE results, or {@code null} when it is not available
	 * @param asOf
	 *            the day judged: a version that became available after it was not available then
	 */
	public static Verdict of(LocalDate due, LocalDate availableSince, LocalDate asOf) {
		return of(due, availableSince, asOf, null);
	}

	/**
	 * @param due
	 *            the version's due date, or {@code null} when it is not subject to one
	 * @param availableSince
	 *            the first day of its current run of AVAILABLE results, or {@code null} when it is not available
	 * @param asOf
	 *            the day judged: a version that became available after it was not available then
	 * @param opens
	 *            the session's opening day, or {@code null} when the job gives none
	 */
	public static Verdict of(LocalDate due, LocalDate availableSince, LocalDate asOf, LocalDate opens) {
		if (due == null) {
			return NO_DEADLINE;
		}
		if (availableSince != null && !availableSince.isAfter(asOf)) {
			return availableSince.isAfter(due)
					? new Verdict(Kind.LATE, ChronoUnit.DAYS.between(due, availableSince))
					: new Verdict(Kind.ON_TIME, 0);
		}
		if (!asOf.isAfter(due)) {
			return new Verdict(Kind.NOT_YET_DUE, 0);
		}
		if (opens != null && asOf.isAfter(opens) && !due.isAfter(opens)) {
			return new Verdict(Kind.NOT_AT_OPENING, ChronoUnit.DAYS.between(due, opens));
		}
		return new Verdict(Kind.OVERDUE, ChronoUnit.DAYS.between(due, asOf));
	}

	/**
	 * Whether the version counts in the on-time share: its due day has come and it is settled (a version still missing
	 * on its due day may yet be on time), and it has a due day at all.
	 */
	public boolean due() {
		return this.kind != Kind.NOT_YET_DUE && this.kind != Kind.NO_DEADLINE;
	}

	/** As the reports write it: {@code late by 3 days}. */
	public String text() {
		return switch (this.kind) {
			case ON_TIME -> "on time";
			case LATE -> "late by " + dayCount();
			case OVERDUE -> "overdue by " + dayCount();
			case NOT_AT_OPENING -> "not available at the opening";
			case NOT_YET_DUE -> "not yet due";
			case NO_DEADLINE -> "no deadline";
		};
	}

	private String dayCount() {
		return this.days + ((this.days == 1) ? " day" : " days");
	}

}
