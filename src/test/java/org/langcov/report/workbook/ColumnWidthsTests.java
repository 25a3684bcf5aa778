package org.langcov.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Widths measured as Calibri 11 shows them, in LibreOffice (with Carlito, Calibri's metric twin) as in Excel. The
 * figures in these tests were read from Carlito-Regular.ttf and Carlito-Bold.ttf (Debian's
 * {@code fonts-crosextra-carlito}), in 1/2048 of the font's size; a digit is 1038 wide, the unit of a column width.
 */
class ColumnWidthsTests {

	@Test
	void wrongLanguageIsWiderThanItsFourteenCharacters() {
		// given the advances of W R O N G _ L A N G U A G E in Carlito regular
		int units = 1822 + 1112 + 1356 + 1322 + 1292 + 1020 + 861 + 1185 + 1322 + 1292 + 1314 + 1185 + 1292 + 1000;

		// when it is measured
		double digits = ColumnWidths.digits("WRONG_LANGUAGE", false);

		// then it is its advances in digit widths: nearly 17, which the old width of 14 + 2 cut
		assertThat(digits).isCloseTo(units / 1038.0, within(1e-9)).isGreaterThan(16.5);
		assertThat(ColumnWidths.width(digits, 255)).isGreaterThanOrEqualTo(18);
	}

	@Test
	void boldAndCapitalsAreWiderThanSmallLetters() {
		// given the same word in small letters, in capitals, and in bold

		// when each is measured

		// then capitals and bold take more room, digits one unit each
		assertThat(ColumnWidths.digits("WRONG_DOCUMENT", false))
				.isGreaterThan(ColumnWidths.digits("wrong_document", false));
		assertThat(ColumnWidths.digits("Detected language", true))
				.isGreaterThan(ColumnWidths.digits("Detected language", false));
		assertThat(ColumnWidths.digits("2014", false)).isEqualTo(4.0);
		assertThat(ColumnWidths.digits("illi", false)).isLessThan(2.0);
	}

	@Test
	void wideScriptsCountDoubleAndMarksNothing() {
		// given Chinese characters, which are squares, and a combining accent

		// when measured

		// then a Chinese character is about two digits, and e with a combining accent as wide as e
		assertThat(ColumnWidths.digits("麻醉", false)).isCloseTo(2 * 2048 / 1038.0, within(1e-9));
		assertThat(ColumnWidths.digits("Re\u0301sume\u0301", false)).isEqualTo(ColumnWidths.digits("Resume", false));
		assertThat(ColumnWidths.digits("Résumé", false)).isEqualTo(ColumnWidths.digits("Resume", false));
	}

	@Test
	void theLongestLineOfSeveralCounts() {
		// given two symbols one per line

		// when measured

		// then the width is the longer one's, and they take two lines
		assertThat(ColumnWidths.digits("E/CN.7/2014/2\nE/CN.15/2014/2", false))
				.isEqualTo(ColumnWidths.digits("E/CN.15/2014/2", false));
		assertThat(ColumnWidths.lines("E/CN.7/2014/2\nE/CN.15/2014/2", 40, false)).isEqualTo(2);
	}

	@Test
	void textWrapsBetweenWordsAndBreaksAWordLongerThanTheLine() {
		// given columns of a few digits

		// when text is wrapped in them

		// then words go to the next line when they do not fit, and a long word is broken
		assertThat(ColumnWidths.lines("one two three", 9, false)).isEqualTo(2);
		assertThat(ColumnWidths.lines("one two three", 8, false)).isEqualTo(3);
		assertThat(ColumnWidths.lines("one two three", 20, false)).isEqualTo(1);
		assertThat(ColumnWidths.lines("0".repeat(25), 11, false)).isEqualTo(3);
		assertThat(ColumnWidths.lines("a\nb", 10, false)).isEqualTo(2);
		assertThat(ColumnWidths.lines("", 10, false)).isEqualTo(1);
	}

	@Test
	void aTitleWrapsWhereLibreOfficeWrapsIt() {
		// given a title of 59.3 digit widths, which LibreOffice shows on two lines in a column 60 wide
		String title = "Report of the Secretariat on the world situation with regard to drug abuse";

		// when its lines are counted then it takes two there, and one in a wider column
		assertThat(ColumnWidths.digits(title, false)).isBetween(59.0, 60.0);
		assertThat(ColumnWidths.lines(title, 60, false)).isEqualTo(2);
		assertThat(ColumnWidths.lines(title, 61, false)).isEqualTo(1);
	}

	@Test
	void aHeaderWithItsFilterButtonWidensItsColumnBeyondTheCap() {
		// given a Language column capped at 8 characters
		ColumnWidths widths = new ColumnWidths(1, 8);

		// when its header is measured, in bold with the filter's button
		widths.header(0, "Language");
		widths.measure(0, "A");

		// then the column is as wide as the header needs
		double needed = ColumnWidths.digits("Language", true) + ColumnWidths.FILTER_BUTTON + ColumnWidths.AIR;
		assertThat(widths.width(0)).isGreaterThanOrEqualTo((int) Math.ceil(needed)).isGreaterThan(8);
	}

	@Test
	void numbersCountTheirSeparators() {
		// given numbers with thousands separators

		// when measured

		// then each digit is one unit and each comma half of one
		assertThat(ColumnWidths.formattedDigits(123_456)).isCloseTo(6 + 511 / 1038.0, within(1e-9));
		assertThat(ColumnWidths.formattedDigits(7)).isEqualTo(1.0);
		assertThat(ColumnWidths.formattedDigits(1_234_567)).isCloseTo(7 + 2 * 511 / 1038.0, within(1e-9));
	}

}
