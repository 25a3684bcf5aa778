package org.langcov.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import org.junit.jupiter.api.Test;

class ArabicShaperTests {

	@Test
	void lettersTakeTheFormsTheirNeighboursCallFor() {
		// Beh alone; beh-beh-beh: initial, medial, final; alef after beh: final alef.
		assertThat(ArabicShaper.shape("\u0628")).isEqualTo("\uFE8F");
		assertThat(ArabicShaper.shape("\u0628\u0628\u0628")).isEqualTo("\uFE91\uFE92\uFE90");
		assertThat(ArabicShaper.shape("\u0628\u0627")).isEqualTo("\uFE91\uFE8E");
		// Alef does not join the letter after it.
		assertThat(ArabicShaper.shape("\u0627\u0628")).isEqualTo("\uFE8D\uFE8F");
	}

	@Test
	void lamAndAlefBecomeOneLigature() {
		assertThat(ArabicShaper.shape("\u0644\u0627")).isEqualTo("\uFEFB");
		assertThat(ArabicShaper.shape("\u0628\u0644\u0627")).isEqualTo("\uFE91\uFEFC");
		assertThat(ArabicShaper.shape("\u0644\u0623")).isEqualTo("\uFEF7");
	}

	@Test
	void marksDoNotBreakAJoinAndTheNonJoinerDoes() {
		// Beh, fatha, beh: the fatha stays between two joined letters.
		assertThat(ArabicShaper.shape("\u0628\u064E\u0628")).isEqualTo("\uFE91\u064E\uFE90");
		assertThat(ArabicShaper.shape("\u0628\u200C\u0628")).isEqualTo("\uFE8F\u200C\uFE8F");
	}

	@Test
	void persianLettersAreShapedFromTheExtendedPresentationForms() {
		// ICU4J leaves these letters unshaped; the font has their forms.
		assertThat(ArabicShaper.shape("گزارش پژوهش چای")).isEqualTo("ﮔﺰﺍﺭﺵ ﭘﮋﻭﻫﺶ ﭼﺎﯼ");
	}

	@Test
	void textWithoutArabicIsLeftAsItIs() {
		String text = "E/CN.7/2014/1 Доклад 麻醉药品 \uD83D\uDE00";
		assertThat(ArabicShaper.shape(text)).isSameAs(text);
	}

	@Test
	void theSamplesArabicTitlesAndTextAreShapedAsIcuShapesThem() throws Exception {
		List<String> lines = new ArrayList<>();
		lines.addAll(fixture("cnd57-titles-ar.tsv"));
		lines.addAll(fixture("text-ar.txt"));
		// A tatweel, and lam-alef with madda and with hamza.
		lines.add("بـب لآ لإ");
		assertThat(lines).hasSizeGreaterThan(20);
		ArabicShaping icu = new ArabicShaping(
				ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);
		for (String line : lines) {
			assertThat(ArabicShaper.shape(line)).as(line).isEqualTo(icu(icu, line));
		}
	}

	private static String icu(ArabicShaping icu, String line) {
		try {
			return icu.shape(line);
		} catch (ArabicShapingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> fixture(String name) throws IOException {
		try (InputStream in = ArabicShaperTests.class.getResourceAsStream("/org/langcov/fixtures/" + name)) {
			List<String> lines = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.substring(line.indexOf('\t') + 1));
				}
			}
			return lines;
		}
	}

}
