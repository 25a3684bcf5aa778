package org.langcov.timeliness;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a document's language versions are due: its own Deadline when the register gives one, else
 * {@code deadline-weeks} before the session {@code opens}; none when the job gives neither.
 */
public final class DueDate {

	private DueDate() {
	}

	public static Optional<LocalDate> of(Optional<LocalDate> deadline, LocalDate opens, int deadlineWeeks) {
		if (deadline.isPresent()) {
			return deadline;
		}
		return Optional.ofNullable(opens).map((day) -> day.minusWeeks(deadlineWeeks));
	}

}
