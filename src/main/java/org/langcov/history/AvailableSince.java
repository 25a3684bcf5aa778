package org.langcov.history;

import java.time.LocalDate;

import org.langcov.vocabulary.Status;

/**
 * The first day of a slot's current unbroken run of AVAILABLE results, carried from one successful run of a session to
 * the next: a slot that stays AVAILABLE keeps its day, one that breaks and comes back starts again.
 * <p>
 * When langcov has no earlier record of the slot (the first run, or a document new to the register), it cannot know how
 * long the file has been there; the file's own date stands in when it is earlier than the run, so that a session
 * langcov starts watching late still gets a fair verdict, and it keeps standing in on later runs.
 *
 * @param day
 *            the first day
 * @param fromFile
 *            whether the file's date stood in
 */
public record AvailableSince(LocalDate day, boolean fromFile) {

	/**
	 * @param now
	 *            the slot's status in this run
	 * @param before
	 *            its status in the previous successful run, or {@code null} when that run did not have it (or there is
	 *            none)
	 * @param since
	 *            what the previous run recorded, or {@code null}
	 * @param previousDay
	 *            the day of the previous run, used when it recorded nothing
	 * @param today
	 *            the day of this run
	 * @param fileDay
	 *            the day the file was last modified, or {@code null}
	 * @return {@code null} when the slot is not AVAILABLE
	 */
	public static AvailableSince next(Status now, Status before, AvailableSince since, LocalDate previousDay,
			LocalDate today, LocalDate fileDay) {
		if (now != Status.AVAILABLE) {
			return null;
		}
		if (before == Status.AVAILABLE) {
			// a run from before langcov recorded these days knows only its own day
			return (since != null) ? since : new AvailableSince(previousDay, false);
		}
		if (before == null && fileDay != null && fileDay.isBefore(today)) {
			return new AvailableSince(fileDay, true);
		}
		return new AvailableSince(today, false);
	}

}
