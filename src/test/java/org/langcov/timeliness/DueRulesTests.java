package org.langcov.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DueRulesTests {

	private static final LocalDate OPENS = LocalDate.of(2014, 3, 13);

	@Test
	void theFourFormsOfARuleGiveTheirDueDates() {
		assertThat(DueRule.parse("none").dueDate(OPENS)).isEmpty();
		assertThat(DueRule.parse("Opening").dueDate(OPENS)).contains(OPENS);
		assertThat(DueRule.parse("2 weeks before").dueDate(OPENS)).contains(LocalDate.of(2014, 2, 27));
		assertThat(DueRule.parse("1 week").dueDate(OPENS)).contains(LocalDate.of(2014, 3, 6));
		assertThat(DueRule.parse("2014-02-20").dueDate(null)).contains(LocalDate.of(2014, 2, 20));
		assertThat(DueRule.parse("3 weeks before")).hasToString("3 weeks before");
	}

	@Test
	void aRuleCountedFromAnOpeningTheJobDoesNotGiveGivesNoDate() {
		assertThat(DueRule.OPENING.dueDate(null)).isEmpty();
		assertThat(DueRule.weeksBefore(6).dueDate(null)).isEmpty();
	}

	@Test
	void aRuleThatIsNoneOfTheFormsIsRefusedWithTheForms() {
		assertThatIllegalArgumentException().isThrownBy(() -> DueRule.parse("soon"))
				.withMessage("'soon' is not a due rule: write " + DueRule.FORMS);
	}

	@Test
	void inSessionSeriesAreNotDueSixWeeksAheadWhenTheJobSaysNothing() {
		// given a job without due rules
		DueRules rules = new DueRules(List.of(), 6);

		// then
		assertThat(rules.ruleFor("E/CN.7/2014/CRP.1")).isEqualTo(DueRule.NONE);
		assertThat(rules.ruleFor("E/CN.7/2014/L.2/Rev.1")).isEqualTo(DueRule.NONE);
		assertThat(rules.ruleFor("E/CN.7/2014/INF/3")).isEqualTo(DueRule.NONE);
		assertThat(rules.ruleFor("e/cn.7/2014/inf.4")).isEqualTo(DueRule.NONE);
		assertThat(rules.ruleFor("E/CN.7/2014/NGO/5")).isEqualTo(DueRule.NONE);
		assertThat(rules.ruleFor("E/CN.7/2014/1")).isEqualTo(DueRule.weeksBefore(6));
	}

	@Test
	void theJobsRulesComeFirstAndTheFirstMatchWins() {
		// given
		DueRules rules = new DueRules(List.of(new DueRules.Entry("*/L.*", DueRule.OPENING),
				new DueRules.Entry("*/2014/1*", DueRule.parse("2014-02-01")),
				new DueRules.Entry("*/2014/*", DueRule.weeksBefore(4))), 6);

		// then
		assertThat(rules.ruleFor("E/CN.7/2014/L.1")).isEqualTo(DueRule.OPENING);
		assertThat(rules.ruleFor("E/CN.7/2014/1/Corr.1").dueDate(OPENS)).contains(LocalDate.of(2014, 2, 1));
		assertThat(rules.ruleFor("E/CN.7/2014/2")).isEqualTo(DueRule.weeksBefore(4));
		assertThat(rules.ruleFor("E/CN.7/2014/CRP.1")).isEqualTo(DueRule.weeksBefore(4));
		assertThat(rules.ruleFor("E/CN.7/2013/CRP.1")).isEqualTo(DueRule.NONE);
	}

	@Test
	void aDocumentsOwnDeadlineOverridesItsRule() {
		LocalDate deadline = LocalDate.of(2014, 3, 14);

		assertThat(DueDate.of(Optional.of(deadline), OPENS, DueRule.NONE)).contains(deadline);
		assertThat(DueDate.of(Optional.empty(), OPENS, DueRule.NONE)).isEmpty();
	}

}
