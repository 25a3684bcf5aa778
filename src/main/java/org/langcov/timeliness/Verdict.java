package org.langcov.timeliness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether one language version met its due date, as of a given day. A version is due by the end of its due day:
 * available that day is on time, and it is overdue from the next day.
 *
 * @param kind
 *            the verdict
 * @param days
 *            days late or overdue; 0 otherwise
 */
public record Verdict(Kind kind, long days) {

	/** The four verdicts. */
	public enum Kind {

		ON_TIME, LATE, OVERDUE, NOT_YET_DUE

	}

	/**
	 * @param due
	 *            the version's due date
	 * @param availableSince
	 *            the first day of its current run of AVAILABLE results, or {@code null} when it is not available
	 * @param asOf
	 *            the day judged: a version that became available after it was not available then
	 */
	public static Verdict of(LocalDate due, LocalDate availableSince, LocalDate asOf) {
		if (availableSince != null && !availableSince.isAfter(asOf)) {
			return availableSince.isAfter(due)
					? new Verdict(Kind.LATE, ChronoUnit.DAYS.between(due, availableSince))
					: new Verdict(Kind.ON_TIME, 0);
		}
		return asOf.isAfter(due)
				? new Verdict(Kind.OVERDUE, ChronoUnit.DAYS.between(due, asOf))
				: new Verdict(Kind.NOT_YET_DUE, 0);
	}

	/**
	 * Whether the version counts in the on-time share: its due day has come and it is settled (a version still missing
	 * on its due day may yet be on time).
	 */
	public boolean due() {
		return this.kind != Kind.NOT_YET_DUE;
	}

	/** As the reports write it: {@code late by 3 days}. */
	public String text() {
		return switch (this.kind) {
			case ON_TIME -> "on time";
			case LATE -> "late by " + dayCount();
			case OVERDUE -> "overdue by " + dayCount();
			case NOT_YET_DUE -> "not yet due";
		};
	}

	private String dayCount() {
		return this.days + ((this.days == 1) ? " day" : " days");
	}

}
