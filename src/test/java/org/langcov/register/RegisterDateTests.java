package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterDateTests {

	private static final LocalDate JANUARY_30 = LocalDate.of(2014, 1, 30);

	@ParameterizedTest
	@ValueSource(strings = {"2014-01-30", "30 January 2014", "30 Jan 2014", "30 Jan. 2014", "30th January 2014",
			"January 30, 2014", "Jan 30 2014", "30/01/2014", "30.01.2014", "30-1-2014", " 30\u00A0January  2014 "})
	void datesAsPeopleWriteThemAreRead(String written) {
		assertThat(RegisterDate.parse(written, DateOrder.DMY)).contains(JANUARY_30);
	}

	@Test
	void theJobsOrderDecidesWhenDayAndMonthCouldBeEitherOne() {
		assertThat(RegisterDate.parse("03/04/2014", DateOrder.DMY)).contains(LocalDate.of(2014, 4, 3));
		assertThat(RegisterDate.parse("03/04/2014", DateOrder.MDY)).contains(LocalDate.of(2014, 3, 4));
	}

	@Test
	void aDayAboveTwelveCanOnlyBeReadOneWay() {
		assertThat(RegisterDate.parse("01/30/2014", DateOrder.DMY)).contains(JANUARY_30);
		assertThat(RegisterDate.parse("30/01/2014", DateOrder.MDY)).contains(JANUARY_30);
	}

	@ParameterizedTest
	@ValueSource(strings = {"soon", "end of January", "31 February 2014", "2014-13-01", "13/13/2014", "30 Janvier 2014",
			"30/01/14", "Ja 30 2014"})
	void whatIsNotADateIsNotRead(String written) {
		assertThat(RegisterDate.parse(written, DateOrder.DMY)).isEmpty();
	}

}
