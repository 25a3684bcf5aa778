package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.langcov.vocabulary.Status.AVAILABLE;
import static org.langcov.vocabulary.Status.DAMAGED;
import static org.langcov.vocabulary.Status.MISSING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Status;

/** Available since, carried through a session's history of nightly runs. */
class AvailableSinceTests {

	private static final LocalDate DAY_1 = LocalDate.of(2014, 1, 20);

	private static final LocalDate FILE_DAY = LocalDate.of(2014, 1, 2);

	@Test
	void aSlotThatAppearsBreaksAndComesBackStartsAgain() {
		List<AvailableSince> days = history(FILE_DAY, MISSING, AVAILABLE, AVAILABLE, MISSING, AVAILABLE, AVAILABLE);

		assertThat(days).containsExactly(null, since(1), since(1), null, since(4), since(4));
	}

	@Test
	void anyOtherStatusBreaksTheRunToo() {
		assertThat(history(FILE_DAY, AVAILABLE, DAMAGED, AVAILABLE)).containsExactly(new AvailableSince(FILE_DAY, true),
				null, since(2));
	}

	@Test
	void withoutHistoryTheFilesDateStandsInAndStays() {
		assertThat(history(FILE_DAY, AVAILABLE, AVAILABLE)).containsOnly(new AvailableSince(FILE_DAY, true));
	}

	@Test
	void aFileDatedAfterTheRunDoesNotStandIn() {
		assertThat(history(DAY_1.plusDays(30), AVAILABLE)).containsExactly(since(0));
		assertThat(history(null, AVAILABLE)).containsExactly(since(0));
	}

	@Test
	void aPreviousRunThatRecordedNoDayGivesItsOwn() {
		assertThat(AvailableSince.next(AVAILABLE, AVAILABLE, null, DAY_1, DAY_1.plusDays(1), FILE_DAY))
				.isEqualTo(since(0));
	}

	/** One run a day from DAY_1, the slot's file dated fileDay. */
	private static List<AvailableSince> history(LocalDate fileDay, Status... statuses) {
		List<AvailableSince> days = new ArrayList<>();
		Status before = null;
		AvailableSince since = null;
		for (int day = 0; day < statuses.length; day++) {
			since = AvailableSince.next(statuses[day], before, since, DAY_1.plusDays(day - 1), DAY_1.plusDays(day),
					fileDay);
			days.add(since);
			before = statuses[day];
		}
		return days;
	}

	private static AvailableSince since(int day) {
		return new AvailableSince(DAY_1.plusDays(day), false);
	}

}
