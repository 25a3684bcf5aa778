package org.langcov.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ToUnicodeMapTests {

	@Test
	void aJoinedFormCopiesAsItsLetter() {
		// beh, medial form
		assertThat(ToUnicodeMap.text(List.of(0xFE92))).isEqualTo("\u0628");
	}

	@Test
	void aLamAlefLigatureCopiesAsLamThenAlef() {
		// lam with alef with hamza above, final form
		assertThat(ToUnicodeMap.text(List.of(0xFEF8))).isEqualTo("\u0644\u0623");
	}

	@Test
	void aGlyphTheLetterSharesWithItsIsolatedFormCopiesAsTheLetter() {
		assertThat(ToUnicodeMap.text(List.of(0xFE8D, 0x0627))).isEqualTo("\u0627");
	}

	@Test
	void anIsolatedVowelMarkCopiesWithoutTheSpaceOfItsDecomposition() {
		// shadda with dammatan, isolated form: NFKC gives a space before the marks
		assertThat(ToUnicodeMap.text(List.of(0xFC5E))).isEqualTo("\u064C\u0651");
	}

	@Test
	void otherGlyphsCopyAsTheirCharacterAndAGlyphWithNoneHasNoText() {
		assertThat(ToUnicodeMap.text(List.of(0x0661))).isEqualTo("\u0661");
		assertThat(ToUnicodeMap.text(null)).isNull();
	}

}
