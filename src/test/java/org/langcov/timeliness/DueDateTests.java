package org.langcov.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DueDateTests {

	private static final LocalDate OPENS = LocalDate.of(2014, 3, 13);

	@Test
	void withoutADeadlineVersionsAreDueSixWeeksBeforeTheSessionOpens() {
		assertThat(DueDate.of(Optional.empty(), OPENS, 6)).contains(LocalDate.of(2014, 1, 30));
	}

	@Test
	void theJobsDeadlineWeeksMoveTheDueDate() {
		assertThat(DueDate.of(Optional.empty(), OPENS, 4)).contains(LocalDate.of(2014, 2, 13));
	}

	@Test
	void aDocumentsDeadlineOverridesTheJobsRule() {
		LocalDate deadline = LocalDate.of(2014, 2, 20);

		assertThat(DueDate.of(Optional.of(deadline), OPENS, 6)).contains(deadline);
		assertThat(DueDate.of(Optional.of(deadline), null, 6)).contains(deadline);
	}

	@Test
	void withNeitherOpensNorDeadlineNothingIsDue() {
		assertThat(DueDate.of(Optional.empty(), null, 6)).isEmpty();
	}

}
