package org.langcov.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Language;

class VerdictTests {

	private static final LocalDate DUE = LocalDate.of(2014, 1, 30);

	@Test
	void availableTheDayBeforeOrOnTheDueDateIsOnTime() {
		assertThat(Verdict.of(DUE, DUE.minusDays(1), DUE.plusDays(10)).text()).isEqualTo("on time");
		assertThat(Verdict.of(DUE, DUE, DUE.plusDays(10)).text()).isEqualTo("on time");
	}

	@Test
	void availableTheDayAfterIsLateByOneDay() {
		assertThat(Verdict.of(DUE, DUE.plusDays(1), DUE.plusDays(10))).isEqualTo(new Verdict(Verdict.Kind.LATE, 1));
		assertThat(Verdict.of(DUE, DUE.plusDays(3), DUE.plusDays(10)).text()).isEqualTo("late by 3 days");
	}

	@Test
	void missingUpToAndOnTheDueDateIsNotYetDue() {
		assertThat(Verdict.of(DUE, null, DUE.minusDays(1)).text()).isEqualTo("not yet due");
		assertThat(Verdict.of(DUE, null, DUE).text()).isEqualTo("not yet due");
	}

	@Test
	void missingTheDayAfterIsOverdue() {
		assertThat(Verdict.of(DUE, null, DUE.plusDays(1)).text()).isEqualTo("overdue by 1 day");
		assertThat(Verdict.of(DUE, null, DUE.plusDays(14)).text()).isEqualTo("overdue by 14 days");
	}

	@Test
	void availableEarlyIsOnTimeBeforeTheDeadlineComes() {
		assertThat(Verdict.of(DUE, DUE.minusDays(20), DUE.minusDays(10)).kind()).isEqualTo(Verdict.Kind.ON_TIME);
	}

	@Test
	void asOfAnEarlierDayAVersionAvailableOnlyLaterWasNotAvailableThen() {
		LocalDate since = DUE.plusDays(5);

		assertThat(Verdict.of(DUE, since, DUE.minusDays(1)).text()).isEqualTo("not yet due");
		assertThat(Verdict.of(DUE, since, DUE.plusDays(2)).text()).isEqualTo("overdue by 2 days");
		assertThat(Verdict.of(DUE, since, since).text()).isEqualTo("late by 5 days");
	}

	@Test
	void theShareCountsOnlyVersionsThatAreDue() {
		OnTimeTally tally = new OnTimeTally();
		tally.add(Language.ENGLISH, Verdict.of(DUE, DUE, DUE.plusDays(1)));
		tally.add(Language.ENGLISH, Verdict.of(DUE, DUE.plusDays(1), DUE.plusDays(1)));
		tally.add(Language.FRENCH, Verdict.of(DUE, null, DUE.plusDays(1)));
		tally.add(Language.FRENCH, Verdict.of(DUE.plusDays(7), null, DUE.plusDays(1)));

		assertThat(tally.lines()).hasSize(7);
		assertThat(tally.lines().get(2)).isEqualTo(new OnTime(Language.ENGLISH, 1, 1, 0, 0));
		assertThat(tally.lines().get(2).share()).isEqualTo(0.5);
		assertThat(tally.lines().get(3)).isEqualTo(new OnTime(Language.FRENCH, 0, 0, 1, 1));
		assertThat(tally.lines().get(0).share()).isNull();
		assertThat(tally.lines().get(6)).isEqualTo(new OnTime(null, 1, 1, 1, 1));
		assertThat(tally.lines().get(6).share()).isEqualTo(1.0 / 3);
	}

	@Test
	void afterTheOpeningAVersionStillMissingIsNotAvailableAtTheOpeningNotOverdueForEver() {
		// given a session that opens six weeks after the due date
		LocalDate opens = DUE.plusWeeks(6);

		// when it is judged on the opening day, the day after and a year later
		Verdict onTheDay = Verdict.of(DUE, null, opens, opens);
		Verdict dayAfter = Verdict.of(DUE, null, opens.plusDays(1), opens);
		Verdict yearAfter = Verdict.of(DUE, null, opens.plusYears(1), opens);

		// then the count stops at the opening
		assertThat(onTheDay.text()).isEqualTo("overdue by 42 days");
		assertThat(dayAfter.text()).isEqualTo("not available at the opening");
		assertThat(yearAfter).isEqualTo(dayAfter);
		assertThat(yearAfter.due()).isTrue();
	}

	@Test
	void aVersionDueAtTheOpeningIsOnTimeThatDayAndNotAvailableAtTheOpeningAfter() {
		LocalDate opens = DUE;

		assertThat(Verdict.of(opens, opens, opens.plusDays(3), opens).text()).isEqualTo("on time");
		assertThat(Verdict.of(opens, opens.plusDays(2), opens.plusDays(3), opens).text()).isEqualTo("late by 2 days");
		assertThat(Verdict.of(opens, null, opens.plusDays(3), opens).kind()).isEqualTo(Verdict.Kind.NOT_AT_OPENING);
	}

	@Test
	void aVersionDueAfterTheOpeningIsStillCountedOverdue() {
		assertThat(Verdict.of(DUE.plusDays(5), null, DUE.plusDays(7), DUE).text()).isEqualTo("overdue by 2 days");
	}

	@Test
	void aVersionWithoutADeadlineHasNoVerdictAndStaysOutOfTheShare() {
		// given an on-time version and a conference room paper
		OnTimeTally tally = new OnTimeTally();
		tally.add(Language.ENGLISH, Verdict.of(DUE, DUE, DUE.plusDays(1), null));
		tally.add(Language.ENGLISH, Verdict.of(null, null, DUE.plusDays(1), null));
		tally.add(Language.ENGLISH, Verdict.of(DUE, null, DUE.plusDays(50), DUE.plusDays(42)));

		// then
		assertThat(Verdict.of(null, DUE, DUE, DUE).text()).isEqualTo("no deadline");
		assertThat(tally.lines().get(2)).isEqualTo(new OnTime(Language.ENGLISH, 1, 0, 0, 1, 0, 1));
		assertThat(tally.lines().get(2).share()).isEqualTo(0.5);
	}

}
