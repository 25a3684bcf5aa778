package org.langcov.timeliness;

import org.langcov.vocabulary.Language;

/**
 * The verdicts of the expected versions of one language, counted; of all languages when {@code language} is
 * {@code null} (the overall row).
 *
 * @param onTime
 *            available by their due date, whether that date has come or not
 * @param late
 *            available, after their due date
 * @param overdue
 *            past their due date and not available, the session not yet open
 * @param notAtOpening
 *            due by the opening, and still not available after the session opened
 * @param notYetDue
 *            not available, and their due date has not passed
 * @param noDeadline
 *            not subject to a deadline (in-session papers)
 */
public record OnTime(Language language, int onTime, int late, int overdue, int notAtOpening, int notYetDue,
		int noDeadline) {

	/** The counts of a session judged before any version reached the opening. */
	public OnTime(Language language, int onTime, int late, int overdue, int notYetDue) {
		this(language, onTime, late, overdue, 0, notYetDue, 0);
	}

	/** Versions that count in the share: those whose due date has come. */
	public int due() {
		return this.onTime + this.late + this.overdue + this.notAtOpening;
	}

	/**
	 * The share of due versions available on time, from 0 to 1, or {@code null} when none is due yet: before the
	 * deadline there is nothing to judge.
	 */
	public Double share() {
		return (due() == 0) ? null : (double) this.onTime / due();
	}

	OnTime plus(Verdict verdict) {
		return switch (verdict.kind()) {
			case ON_TIME -> new OnTime(this.language, this.onTime + 1, this.late, this.overdue, this.notAtOpening,
					this.notYetDue, this.noDeadline);
			case LATE -> new OnTime(this.language, this.onTime, this.late + 1, this.overdue, this.notAtOpening,
					this.notYetDue, this.noDeadline);
			case OVERDUE -> new OnTime(this.language, this.onTime, this.late, this.overdue + 1, this.notAtOpening,
					this.notYetDue, this.noDeadline);
			case NOT_AT_OPENING -> new OnTime(this.language, this.onTime, this.late, this.overdue,
					this.notAtOpening + 1, this.notYetDue, this.noDeadline);
			case NOT_YET_DUE -> new OnTime(this.language, this.onTime, this.late, this.overdue, this.notAtOpening,
					this.notYetDue + 1, this.noDeadline);
			case NO_DEADLINE -> new OnTime(this.language, this.onTime, this.late, this.overdue, this.notAtOpening,
					this.notYetDue, this.noDeadline + 1);
		};
	}

}
