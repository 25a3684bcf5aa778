package org.langcov.symbol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SymbolsTests {

	@Test
	void normaliseTrimsOrdinaryAndNonBreakingSpaces() {
		assertThat(Symbols.normalise("\u00A0 E/CN.7/2014/1\u2007\u202F\t")).isEqualTo("E/CN.7/2014/1");
	}

	@Test
	void normaliseRemovesSpacesAroundSlashes() {
		assertThat(Symbols.normalise("E / CN.7 /2014/\u00A01")).isEqualTo("E/CN.7/2014/1");
	}

	@Test
	void normaliseKeepsOtherSpacesSoThatTheSymbolIsRejectedAsWritten() {
		assertThat(Symbols.normalise("E/CN.7/2014/1 Corr.1")).isEqualTo("E/CN.7/2014/1 Corr.1");
	}

	@Test
	void normaliseOfNothingIsEmpty() {
		assertThat(Symbols.normalise(null)).isEmpty();
		assertThat(Symbols.normalise(" \u00A0 ")).isEmpty();
	}

	@Test
	void theCanonicalCaseIsCapitalsButForTheModifierComponents() {
		assertThat(Symbols.canonical("e/c.21/2025/6")).isEqualTo("E/C.21/2025/6");
		assertThat(Symbols.canonical("E/CN.7/2014/1/CORR.1")).isEqualTo("E/CN.7/2014/1/Corr.1");
		assertThat(Symbols.canonical("a/c.3/70/l.1/rev.1")).isEqualTo("A/C.3/70/L.1/Rev.1");
		assertThat(Symbols.canonical("A/70/1/add.2/Amend.1")).isEqualTo("A/70/1/Add.2/Amend.1");
		assertThat(Symbols.canonical("a/64/1/SUMMARY")).isEqualTo("A/64/1/Summary");
		assertThat(Symbols.canonical("e/cn.7/2014/crp.11")).isEqualTo("E/CN.7/2014/CRP.11");
		assertThat(Symbols.canonical("e/cn.7/2014/ngo/3")).isEqualTo("E/CN.7/2014/NGO/3");
		assertThat(Symbols.canonical("icc-asp/13/20")).isEqualTo("ICC-ASP/13/20");
	}

	@Test
	void aWordThatOnlyStartsLikeAModifierIsCapitalised() {
		assertThat(Symbols.canonical("a/hrc/address.1")).isEqualTo("A/HRC/ADDRESS.1");
		assertThat(Symbols.canonical("e/cn.7/rev")).isEqualTo("E/CN.7/REV");
	}

	@Test
	void unDocumentSymbolsAreValid() {
		assertThat(Symbols.isValid("E/CN.7/2014/1")).isTrue();
		assertThat(Symbols.isValid("E/CN.7/2014/1/Corr.1")).isTrue();
		assertThat(Symbols.isValid("E/CN.7/2014/CRP.11")).isTrue();
		assertThat(Symbols.isValid("E/CN.7/2014/NGO/3")).isTrue();
		assertThat(Symbols.isValid("UNODC/ED/2014/1")).isTrue();
		assertThat(Symbols.isValid("A/HRC/S-30/1")).isTrue();
		assertThat(Symbols.isValid("A/RES/ES-10/1")).isTrue();
		assertThat(Symbols.isValid("ICC-ASP/13/20")).isTrue();
		assertThat(Symbols.isValid("S/2014/1")).isTrue();
	}

	@Test
	void textThatIsNotASymbolIsInvalid() {
		assertThat(Symbols.isValid(null)).isFalse();
		assertThat(Symbols.isValid("")).isFalse();
		assertThat(Symbols.isValid("E")).isFalse();
		assertThat(Symbols.isValid("Annotated provisional agenda")).isFalse();
		assertThat(Symbols.isValid("E/CN.7/2014/1 Corr.1")).isFalse();
		assertThat(Symbols.isValid("E/CN.7//1")).isFalse();
		assertThat(Symbols.isValid("E/CN.7/2014/")).isFalse();
		assertThat(Symbols.isValid("/CN.7/2014/1")).isFalse();
		assertThat(Symbols.isValid("E/CN.7/2014/1(a)")).isFalse();
		assertThat(Symbols.isValid("E/CN.7/2014/1 - E/CN.15/2014/1")).isFalse();
	}

	@Test
	void datesAndPunctuationAloneAreNotSymbols() {
		assertThat(Symbols.isValid("13/03/2014")).isFalse();
		assertThat(Symbols.isValid("-/-")).isFalse();
		assertThat(Symbols.isValid("E/./1")).isFalse();
	}

	@Test
	void aSingleSymbolIsOneSymbol() {
		assertThat(Symbols.split(" E/CN.7/2014/1/Corr.1 ")).containsExactly("E/CN.7/2014/1/Corr.1");
	}

	@Test
	void jointSymbolsSeparatedBySpacedHyphenAreSplit() {
		assertThat(Symbols.split("E/CN.7/2014/2 - E/CN.15/2014/2")).containsExactly("E/CN.7/2014/2", "E/CN.15/2014/2");
	}

	@Test
	void jointSymbolsWithAHyphenBeforeALineBreakAreSplit() {
		assertThat(Symbols.split("E/CN.7/2014/8-\nE/CN.15/2014/8")).containsExactly("E/CN.7/2014/8", "E/CN.15/2014/8");
		assertThat(Symbols.split("E/CN.7/2014/8 -\r\nE/CN.15/2014/8")).containsExactly("E/CN.7/2014/8",
				"E/CN.15/2014/8");
	}

	@Test
	void jointSymbolsWithAHyphenThenASpaceAreSplit() {
		assertThat(Symbols.split("E/CN.7/2014/15- E/CN.15/2014/15")).containsExactly("E/CN.7/2014/15",
				"E/CN.15/2014/15");
	}

	@Test
	void jointSymbolsWithABareHyphenAreSplit() {
		assertThat(Symbols.split("E/CN.7/2014/15-E/CN.15/2014/15")).containsExactly("E/CN.7/2014/15",
				"E/CN.15/2014/15");
	}

	@Test
	void aSymbolGluedToTheNumberBeforeItIsSplit() {
		assertThat(Symbols.split("E/2014/28E/CN.7/2014/16")).containsExactly("E/2014/28", "E/CN.7/2014/16");
	}

	@Test
	void jointSymbolsSeparatedByLineBreaksSemicolonsAndCommasAreSplit() {
		assertThat(Symbols.split("E/2014/28\nE/CN.7/2014/16")).containsExactly("E/2014/28", "E/CN.7/2014/16");
		assertThat(Symbols.split("E/2014/28\r\nE/CN.7/2014/16")).containsExactly("E/2014/28", "E/CN.7/2014/16");
		assertThat(Symbols.split("E/2014/28; E/CN.7/2014/16")).containsExactly("E/2014/28", "E/CN.7/2014/16");
		assertThat(Symbols.split("E/2014/28,E/CN.7/2014/16")).containsExactly("E/2014/28", "E/CN.7/2014/16");
	}

	@Test
	void jointSymbolsSeparatedByAnEnDashAreSplit() {
		assertThat(Symbols.split("E/CN.7/2014/2 \u2013 E/CN.15/2014/2")).containsExactly("E/CN.7/2014/2",
				"E/CN.15/2014/2");
		assertThat(Symbols.split("E/CN.7/2014/2\u2013E/CN.15/2014/2")).containsExactly("E/CN.7/2014/2",
				"E/CN.15/2014/2");
	}

	@Test
	void jointSymbolsSeparatedOnlyBySpacesAreSplit() {
		assertThat(Symbols.split("E/CN.7/2014/2  E/CN.15/2014/2")).containsExactly("E/CN.7/2014/2", "E/CN.15/2014/2");
	}

	@Test
	void threeJointSymbolsKeepTheirOrder() {
		assertThat(Symbols.split("A/69/1 - E/2014/1-S/2014/1")).containsExactly("A/69/1", "E/2014/1", "S/2014/1");
	}

	@Test
	void hyphensInsideASymbolPartDoNotSplit() {
		assertThat(Symbols.split("A/HRC/S-30/1")).containsExactly("A/HRC/S-30/1");
		assertThat(Symbols.split("A/RES/ES-10/1")).containsExactly("A/RES/ES-10/1");
		assertThat(Symbols.split("ICC-ASP/13/20")).containsExactly("ICC-ASP/13/20");
		assertThat(Symbols.split("A/RES/ES-10/1 - ICC-ASP/13/20")).containsExactly("A/RES/ES-10/1", "ICC-ASP/13/20");
		assertThat(Symbols.split("ICC-ASP/13/20-ICC-ASP/13/21")).containsExactly("ICC-ASP/13/20", "ICC-ASP/13/21");
	}

	@Test
	void splitSymbolsAreNormalised() {
		assertThat(Symbols.split("\u00A0E / CN.7/2014/2\u00A0-\u00A0E/CN.15 / 2014/2\u202F"))
				.containsExactly("E/CN.7/2014/2", "E/CN.15/2014/2");
		assertThat(Symbols.split("A/70/ L.1/Rev.1")).containsExactly("A/70/L.1/Rev.1");
	}

	@Test
	void emptyPiecesAreDropped() {
		assertThat(Symbols.split("E/CN.7/2014/1;;\n\n , ")).containsExactly("E/CN.7/2014/1");
		assertThat(Symbols.split(" \u00A0\n ")).isEmpty();
		assertThat(Symbols.split(null)).isEmpty();
	}

	@Test
	void piecesThatAreNotSymbolsAreKeptForTheCallerToName() {
		assertThat(Symbols.split("E/CN.7/2014/3 Report of the Secretariat"))
				.containsExactly("E/CN.7/2014/3 Report of the Secretariat");
		assertThat(Symbols.split("E/CN.7/2014/1 Corr.1")).containsExactly("E/CN.7/2014/1 Corr.1");
	}

}
