package org.langcov.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisualOrderTests {

	@Test
	void leftToRightTextIsLeftAlone() {
		String text = "E/CN.7/2014/1 Доклад 麻醉药品";
		assertThat(VisualOrder.rightToLeft(text)).isFalse();
		assertThat(VisualOrder.of(text, false)).isSameAs(text);
	}

	@Test
	void aRightToLeftParagraphIsReversedButItsNumbersAndLatinAreNot() {
		// Alef, beh, then a symbol and a year (which follows the Latin before it), then teh.
		String text = "\u0627\u0628 E/CN.7 2014 \u062A";
		assertThat(VisualOrder.rightToLeft(text)).isTrue();
		assertThat(VisualOrder.of(text, true)).isEqualTo("\u062A E/CN.7 2014 \u0628\u0627");
		// A year alone between Arabic words keeps its digits' order.
		assertThat(VisualOrder.of("\u0627 2014 \u062A", true)).isEqualTo("\u062A 2014 \u0627");
	}

	@Test
	void bracketsAreMirroredInRightToLeftText() {
		assertThat(VisualOrder.of("\u0627(\u0628)", true)).isEqualTo("(\u0628)\u0627");
	}

	@Test
	void aVowelMarkStaysAfterItsLetter() {
		// Beh with fatha, then alef: the fatha follows the beh it sits on.
		assertThat(VisualOrder.of("\u0628\u064E\u0627", true)).isEqualTo("\u0627\u0628\u064E");
	}

	@Test
	void anArabicWordInsideEnglishIsReversedInPlace() {
		assertThat(VisualOrder.of("the word \u0627\u0628 here", false)).isEqualTo("the word \u0628\u0627 here");
	}

	@Test
	void theFirstStrongLetterDecidesTheDirection() {
		assertThat(VisualOrder.rightToLeft("2014: \u0627")).isTrue();
		assertThat(VisualOrder.rightToLeft("2014: a \u0627")).isFalse();
		assertThat(VisualOrder.rightToLeft("\u05E9\u05DC\u05D5\u05DD")).isTrue();
		assertThat(VisualOrder.rightToLeft("")).isFalse();
	}

}
