package org.langcov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Language;

class ReportDataTests {

	@Test
	void summaryCountsExpectedSlotsPerLanguageThenOverall() {
		ReportData data = ReportFixtures.sample();
		List<LanguageSummary> summary = data.summary();
		assertThat(summary).hasSize(7);
		assertThat(summary.get(0)).isEqualTo(new LanguageSummary(Language.ARABIC, 5, 3, 1, 1));
		// The CRP's French file is there but not expected: outside coverage.
		assertThat(summary.get(3)).isEqualTo(new LanguageSummary(Language.FRENCH, 5, 3, 0, 2));
		assertThat(summary.get(2)).isEqualTo(new LanguageSummary(Language.ENGLISH, 6, 5, 0, 1));
		LanguageSummary overall = summary.get(6);
		assertThat(overall.language()).isNull();
		assertThat(overall.expected()).isEqualTo(31);
		assertThat(overall.available() + overall.missing() + overall.otherProblems()).isEqualTo(31);
		assertThat(overall.coverage()).isEqualTo(20.0 / 31);
	}

	@Test
	void slotsFollowRegisterThenLanguageOrder() {
		ReportData data = ReportFixtures.sample();
		List<String> firstSlots = new ArrayList<>();
		data.slots((slot) -> firstSlots.add(slot.symbol() + " " + slot.language().letter()));
		assertThat(firstSlots).as("all but the 4 not expected").hasSize(32);
		assertThat(firstSlots.subList(5, 8)).containsExactly("E/CN.7/2014/1 S", "E/CN.7/2014/2 A", "E/CN.7/2014/2 C");
	}

}
