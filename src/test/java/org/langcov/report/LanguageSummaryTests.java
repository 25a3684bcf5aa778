package org.langcov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Language;

class LanguageSummaryTests {

	@Test
	void aLanguageWithNoExpectedVersionHasNoCoverage() {
		LanguageSummary none = new LanguageSummary(Language.ARABIC, 0, 0, 0, 0);
		assertThat(none.hasCoverage()).isFalse();
		assertThat(none.coverage()).isNull();
		assertThat(none.percent()).isEmpty();
	}

	@Test
	void coverageIsJudgedOnTheCountsNotOnTheRoundedFigure() {
		LanguageSummary almost = new LanguageSummary(Language.ENGLISH, 2_000, 1_999, 1, 0);
		assertThat(almost.percent()).hasValue(new Percent(1000));
		assertThat(almost.isAtLeast(100)).isFalse();
		assertThat(almost.isAtLeast(99.95)).isTrue();
	}

	@Test
	void theOverallRowSumsEveryLanguageAndTheMissingOnesAreZero() {
		List<LanguageSummary> summary = LanguageSummary
				.withOverall(Map.of(Language.FRENCH, new LanguageSummary(Language.FRENCH, 4, 2, 1, 1, 1),
						Language.ENGLISH, new LanguageSummary(Language.ENGLISH, 3, 3, 0, 0)));
		assertThat(summary).extracting(LanguageSummary::language).containsExactly(Language.ARABIC, Language.CHINESE,
				Language.ENGLISH, Language.FRENCH, Language.RUSSIAN, Language.SPANISH, null);
		assertThat(summary.get(0)).isEqualTo(new LanguageSummary(Language.ARABIC, 0, 0, 0, 0));
		assertThat(summary.get(6)).isEqualTo(new LanguageSummary(null, 7, 5, 1, 1, 1));
	}

}
