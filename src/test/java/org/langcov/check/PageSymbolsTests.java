package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageSymbolsTests {

	@Test
	void theSymbolAtTheTopAndTheAgendaInAFootnoteAreBothFound() {
		String page = """
				United Nations E/CN.7/2014/3
				Economic and Social Council Distr.: General
				2 January 2014
				Original: English
				Commission on Narcotic Drugs
				Item 3 of the provisional agenda*
				* E/CN.7/2014/1.
				V.14-01234 (E)
				""";

		assertThat(PageSymbols.find(page)).containsExactly("E/CN.7/2014/3", "E/CN.7/2014/1");
	}

	@Test
	void stackedJointSymbolsAreEachFound() {
		assertThat(PageSymbols.find("E/CN.7/2014/2\nE/CN.15/2014/2\nDistr.: General")).containsExactly("E/CN.7/2014/2",
				"E/CN.15/2014/2");
	}

	@Test
	void jointSymbolsOnOneLineAreSplitAsInRegisters() {
		assertThat(PageSymbols.find("E/CN.7/2014/2-E/CN.15/2014/2")).containsExactly("E/CN.7/2014/2", "E/CN.15/2014/2");
		assertThat(PageSymbols.find("E/2014/28 – E/CN.7/2014/16")).containsExactly("E/2014/28", "E/CN.7/2014/16");
	}

	@ParameterizedTest
	@ValueSource(strings = {"E/CN.7/2014/1/Corr.1", "E/CN.7/2014/1/Rev.2", "E/CN.7/2014/1/Add.1", "A/HRC/S-30/1",
			"E/CN.7/2014/CRP.4", "E/CN.7/2014/NGO/2", "ICC-ASP/13/20"})
	void suffixesAndSeriesStayPartOfTheSymbol(String symbol) {
		assertThat(PageSymbols.find("Distr.: General " + symbol + " 2 January 2014")).containsExactly(symbol);
	}

	@Test
	void bidiMarksAndOddSpacesOfArabicAndChinesePagesAreIgnored() {
		String arabic = "الأمم المتحدة \u202BE/CN.7/2014/1\u202C\n\u200FE/ CN.15/2014 /1\u200E\nالمجلس الاقتصادي";
		String chinese = "联合国\u2066E/CN.7/2014/2\u2069 经济及社会理事会\u00A0E/CN.7/2014/3\u00A0。";

		assertThat(PageSymbols.find(arabic)).containsExactly("E/CN.7/2014/1", "E/CN.15/2014/1");
		assertThat(PageSymbols.find(chinese)).containsExactly("E/CN.7/2014/2", "E/CN.7/2014/3");
	}

	@Test
	void aSymbolEndingASentenceOrMarkedByAFootnoteDigitIsFound() {
		assertThat(PageSymbols.find("as set out in document E/CN.7/2014/5.")).containsExactly("E/CN.7/2014/5");
		assertThat(PageSymbols.find("1E/CN.7/2014/1, para. 3")).containsExactly("E/CN.7/2014/1");
		assertThat(PageSymbols.find("(see A/69/1)")).containsExactly("A/69/1");
	}

	@Test
	void slashedWordsDatesAndJobNumbersAreNotSymbols() {
		String page = "HIV/AIDS and/or UNODC/WHO 13/03/2014 آذار/مارس 2014 V.14-01234 (E) km/h 2014/15";

		assertThat(PageSymbols.find(page)).isEmpty();
	}

	@Test
	void aFootnoteNumberGluedToAWordIsNoSymbol() {
		assertThat(PageSymbols.find("people living with HIV/AIDS12 in the region")).isEmpty();
		assertThat(PageSymbols.find("the ISO/IEC27001 standard")).isEmpty();
	}

	@Test
	void ocrNoiseWithDigitsInItsSeriesOrLowerCaseWordsIsNoSymbol() {
		assertThat(PageSymbols.find("V1HH/Knn 2014 Ha/Uy7 R2D2/2014/1")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {"E/CN.4/Sub.2/1999/3", "UNEP/OzL.Pro.26/10", "FCCC/SBSTA/2014/Misc.1", "A/C.3/70/L.1/Rev.1",
			"E/CN.7/2014/1/Amend.1", "A/HRC/RES/S-27/1", "CERD/C/USA/CO/7-9"})
	void symbolsWithTheUnsMixedCaseComponentsAreFound(String symbol) {
		assertThat(PageSymbols.find("Distr.: General " + symbol + " 2 January 2014")).containsExactly(symbol);
	}

	@Test
	void symbolsAreComparedIgnoringCaseAndSpaces() {
		assertThat(PageSymbols.key(" E / CN.7/2014/1/CORR.1 ")).isEqualTo(PageSymbols.key("E/CN.7/2014/1/Corr.1"));
		assertThat(PageSymbols.key("E/CN.7/2014/1/Corr.1")).isNotEqualTo(PageSymbols.key("E/CN.7/2014/1"));
	}

}
