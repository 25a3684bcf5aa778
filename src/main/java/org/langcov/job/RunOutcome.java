package org.langcov.job;

import java.nio.file.Path;
import java.util.List;

import org.langcov.history.ProblemSlot;
import org.langcov.report.LanguageSummary;
import org.langcov.timeliness.OnTime;

/**
 * How one session's run ended.
 *
 * @param session
 *            the session id
 * @param result
 *            how it ended
 * @param message
 *            for a run that did not complete: one line saying what failed; for a completed one, a warning to show with
 *            its summary, or empty
 * @param summary
 *            for a completed run: per language, then overall
 * @param problems
 *            for a completed run: slots with a problem status
 * @param changes
 *            for a completed run: slots whose status changed since the previous successful run, or -1 on the first run
 * @param reports
 *            for a completed run: the workbook and the PDF
 * @param onTime
 *            for a completed run with due dates: on-time counts per language, then overall; empty otherwise
 * @param notes
 *            for a completed run: the notes on register rows taken not quite as written, for standard error
 * @param firstProblems
 *            for a completed run: its first {@link #PROBLEMS_LISTED} slots with a problem, of {@code problems}
 */
public record RunOutcome(String session, Result result, String message, List<LanguageSummary> summary, long problems,
		long changes, List<Path> reports, boolean resumed, List<OnTime> onTime, RegisterNotes notes,
		List<ProblemSlot> firstProblems) {

	/** How many of a run's problems its outcome lists. */
	public static final int PROBLEMS_LISTED = 20;

	/** How a run ended. */
	public enum Result {

		COMPLETED, UNUSABLE_INPUT, FAILED,
		/** Not run: another process is running the session; the message says which, where and since when. */
		BUSY

	}

	static RunOutcome failed(String session, Result result, String message) {
		return new RunOutcome(session, result, message, List.of(), 0, 0, List.of(), false, List.of(),
				RegisterNotes.NONE, List.of());
	}

	/** The overall row of a completed run's summary. */
	public LanguageSummary overall() {
		return this.summary.get(this.summary.size() - 1);
	}

}
