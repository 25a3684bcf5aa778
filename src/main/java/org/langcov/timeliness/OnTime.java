package org.langcov.timeliness;

import org.langcov.vocabulary.Language;

/**
 * The verdicts of the expected versions of one language that have a due date, counted; of all languages when
 * {@code language} is {@code null} (the overall row).
 *
 * @param onTime
 *            available by their due date, whether that date has come or not
 * @param late
 *            available, after their due date
 * @param overdue
 *            past their due date and not available
 * @param notYetDue
 *            not available, and their due date has not passed
 */
public record OnTime(Language language, int onTime, int late, int overdue, int notYetDue) {

	/** Versions that count in the share: all but those not yet due. */
	public int due() {
		return this.onTime + this.late + this.overdue;
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
			case ON_TIME -> new OnTime(this.language, this.onTime + 1, this.late, this.overdue, this.notYetDue);
			case LATE -> new OnTime(this.language, this.onTime, this.late + 1, this.overdue, this.notYetDue);
			case OVERDUE -> new OnTime(this.language, this.onTime, this.late, this.overdue + 1, this.notYetDue);
			case NOT_YET_DUE -> new OnTime(this.language, this.onTime, this.late, this.overdue, this.notYetDue + 1);
		};
	}

}
