package org.langcov.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTests {

	@Test
	void sharesAreRoundedHalfUpToOneDecimal() {
		assertThat(Percent.of(11, 12)).hasValue(new Percent(917));
		assertThat(Percent.of(1, 3)).hasValue(new Percent(333));
		assertThat(Percent.of(2, 3)).hasValue(new Percent(667));
		assertThat(Percent.of(0, 5)).hasValue(new Percent(0));
		assertThat(Percent.of(5, 5)).hasValue(new Percent(1000));
	}

	@Test
	void anExactHalfGoesUpWhateverFloatingPointWouldMakeOfIt() {
		// 91.65 % and 6.25 % are halves; as doubles, 0.9165 * 1000 is 916.4999...
		assertThat(Percent.of(1_833, 2_000)).hasValue(new Percent(917));
		assertThat(Percent.of(1, 16)).hasValue(new Percent(63));
		assertThat(Percent.of(1, 2_000)).hasValue(new Percent(1));
		assertThat(Percent.of(9_999, 10_000)).hasValue(new Percent(1000));
		assertThat(Percent.of(9_994, 10_000)).hasValue(new Percent(999));
	}

	@Test
	void aShareOfNothingIsNoShareAndShowsADash() {
		assertThat(Percent.of(0, 0)).isEmpty();
		assertThat(Percent.compact(Percent.of(0, 0))).isEqualTo("\u2013");
		assertThat(Percent.spaced(Percent.of(0, 0))).isEqualTo("\u2013");
	}

	@Test
	void theSummaryLineDropsAWholeNumbersDecimalAndThePdfKeepsIt() {
		assertThat(new Percent(917).compact()).isEqualTo("91.7%");
		assertThat(new Percent(1000).compact()).isEqualTo("100%");
		assertThat(new Percent(5).compact()).isEqualTo("0.5%");
		assertThat(new Percent(917).spaced()).isEqualTo("91.7 %");
		assertThat(new Percent(1000).spaced()).isEqualTo("100.0 %");
		assertThat(new Percent(0).spaced()).isEqualTo("0.0 %");
	}

	@Test
	void aWorkbookCellHoldsTheRoundedShare() {
		assertThat(Percent.of(11, 12).orElseThrow().fraction()).isEqualTo(0.917);
	}

}
