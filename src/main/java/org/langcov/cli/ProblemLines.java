package org.langcov.cli;

import java.util.ArrayList;
import java.util.List;

import org.langcov.history.ProblemSlot;
import org.langcov.job.RunOutcome;

/**
 * The lines under a session's summary line, one per problem, as the nightly mail shows them: indented, so that the
 * summary line stays the only one a script that reads {@code SESSION: coverage ...} lines finds, and capped, as the
 * workbook has them all.
 */
final class ProblemLines {

	private ProblemLines() {
	}

	/**
	 * {@code "  E/CN.7/2014/3 F WRONG_LANGUAGE: DETAIL"} per problem (the file's place in the store when there is no
	 * detail, as for a file MISSING), then {@code "  and 12 more: see PATH"} when there are more than the outcome
	 * lists.
	 */
	static List<String> of(RunOutcome outcome) {
		List<String> lines = new ArrayList<>();
		for (ProblemSlot problem : outcome.firstProblems()) {
			String detail = problem.detail().isBlank()
					? problem.location()
					: problem.detail().lines().findFirst().orElse("");
			lines.add("  " + problem.symbol() + " " + problem.language().letter() + " " + problem.status()
					+ (detail.isEmpty() ? "" : ": " + detail));
		}
		long more = outcome.problems() - outcome.firstProblems().size();
		if (more > 0 && !outcome.reports().isEmpty()) {
			lines.add("  and " + more + " more: see " + SummaryLine.shown(outcome.reports().get(0))
					+ " (sheet Problems)");
		}
		return lines;
	}

}
