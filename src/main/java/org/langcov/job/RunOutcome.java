package org.langcov.job;

import java.nio.file.Path;
import java.util.List;

import org.langcov.report.LanguageSummary;

/**
 * How one session's run ended.
 *
 * @param session
 *            the session id
 * @param result
 *            how it ended
 * @param message
 *            for a run that did not complete: one line saying what failed
 * @param summary
 *            for a completed run: per language, then overall
 * @param problems
 *            for a completed run: slots with a problem status
 * @param changes
 *            for a completed run: slots whose status changed since the previous
 *            successful run, or -1 on the first run
 * @param reports
 *            for a completed run: the workbook and the PDF
 */
public record RunOutcome(String session, Result result, String message, List<LanguageSummary> summary, long problems,
		long changes, List<Path> reports, boolean resumed) {

	/** How a run ended. */
	public enum Result {

		COMPLETED, UNUSABLE_INPUT, FAILED

	}

	static RunOutcome failed(String session, Result result, String message) {
		return new RunOutcome(session, result, message, List.of(), 0, 0, List.of(), false);
	}

	/** The overall coverage, from 0 to 1. */
	public double overallCoverage() {
		return this.summary.get(this.summary.size() - 1).coverage();
	}

}
