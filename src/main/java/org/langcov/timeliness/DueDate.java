package org.langcov.timeliness;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a document's language versions are due: its own Deadline when the register gives one, else as the job's due rule
 * for its series says (by default {@code deadline-weeks} before the session {@code opens}); none when the rule is
 * {@code none}, or counts from an opening the job does not give.
 */
public final class DueDate {

	private DueDate() {
	}

	public static Optional<LocalDate> of(Optional<LocalDate> deadline, LocalDate opens, int deadlineWeeks) {
		return of(deadline, opens, DueRule.weeksBefore(deadlineWeeks));
	}

	public static Optional<LocalDate> of(Optional<LocalDate> deadline, LocalDate opens, DueRule rule) {
		if (deadline.isPresent()) {
			return deadline;
		}
		return rule.dueDate(opens);
	}

}
