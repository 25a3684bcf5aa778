package org.langcov.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextWrapTests {

	private PDDocument document;

	private PdfFonts fonts;

	@BeforeEach
	void loadFonts() throws IOException {
		this.document = new PDDocument();
		this.fonts = PdfFonts.load(this.document);
	}

	@AfterEach
	void close() throws IOException {
		this.fonts.close();
		this.document.close();
	}

	@Test
	void eachCharacterIsDrawnWithTheFirstFontThatHasItAndOneNoneHasAsItsCode() {
		TextLine line = this.fonts.regular.line("中文 text \uD83D\uDE00 Ж é \u05E9\u05DC\u05D5\u05DD");
		assertThat(line.runs())
				.extracting((run) -> run.font() + ":" + (run.box() ? "[" + run.text() + "]" : run.text()))
				.containsExactly("WenQuanYiMicroHei-CJK.ttf:中文", "NotoSans-Regular.ttf: text ",
						"NotoSans-Regular.ttf:[U+1F600]", "NotoSans-Regular.ttf: Ж é ",
						"NotoSansHebrew-Regular.ttf:\u05DD\u05D5\u05DC\u05E9");
		assertThat(line.units()).isEqualTo(this.fonts.regular.units(line.text()));
	}

	@Test
	void boldChineseIsTheOneWeightOutlined() {
		TextLine line = this.fonts.bold.line("Bold 麻醉");
		assertThat(line.runs()).extracting(TextLine.Run::emboldened).containsExactly(false, true);
	}

	@Test
	void controlCharactersAreDroppedAndWhiteSpaceBecomesSpaces() {
		assertThat(PdfText.prepare("a\u0000b\u0007c\td\u00A0e\uFEFFf\u2003g\uFE0F")).isEqualTo("abc d\u00A0ef g");
	}

	@Test
	void decomposedAccentsAreComposed() {
		assertThat(PdfText.prepare("Re\u0301sume\u0301")).isEqualTo("R\u00E9sum\u00E9");
	}

	@Test
	void arabicIsShapedAndPutRightToLeftAndAlignsRight() throws IOException {
		// "Report 2014" in Arabic: the number keeps its own direction.
		List<TextLine> lines = TextWrap.lines(this.fonts.regular, 8, "\u062A\u0642\u0631\u064A\u0631 2014", 200);
		assertThat(lines).hasSize(1);
		TextLine line = lines.get(0);
		assertThat(line.rightToLeft()).isTrue();
		assertThat(line.runs()).extracting(TextLine.Run::text).containsExactly("2014 ",
				"\uFEAE\uFEF3\uFEAE\uFED8\uFE97");
	}

	@Test
	void textWrapsBetweenWordsAndAtLineBreaks() throws IOException {
		List<TextLine> lines = TextWrap.lines(this.fonts.regular, 8, "one two three four\r\nfive\n\nsix\n", 60);
		assertThat(lines).extracting(TextLine::text).containsExactly("one two three", "four", "five", "", "six");
		for (TextLine line : lines) {
			assertThat(line.width(8)).isLessThanOrEqualTo(60);
		}
	}

	@Test
	void aSymbolTooLongForItsColumnBreaksAfterASlash() throws IOException {
		List<String> lines = TextWrap.lines(this.fonts.regular, 8, "UNODC/CND/2014/CRP.12/Corr.1", 70).stream()
				.map(TextLine::text).toList();
		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(lines.get(0)).endsWith("/");
		assertThat(String.join("", lines)).isEqualTo("UNODC/CND/2014/CRP.12/Corr.1");
	}

	@Test
	void emptyTextHasNoLines() throws IOException {
		assertThat(TextWrap.lines(this.fonts.regular, 8, "", 60)).isEmpty();
		assertThat(TextWrap.lines(this.fonts.regular, 8, null, 60)).isEmpty();
		assertThat(TextWrap.lines(this.fonts.regular, 8, " \n ", 60)).isEmpty();
	}

}
