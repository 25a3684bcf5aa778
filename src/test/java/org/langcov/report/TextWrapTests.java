package org.langcov.report;

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
	void charactersTheFontLacksBecomeOnePlaceholderEach() {
		assertThat(PdfFonts.printable(this.fonts.regular, "中文 text \uD83D\uDE00 Ж é")).isEqualTo("?? text ? Ж é");
	}

	@Test
	void controlCharactersAreDroppedAndWhiteSpaceBecomesSpaces() {
		assertThat(PdfFonts.printable(this.fonts.regular, "a\u0000b\u0007c\td\u00A0e\uFEFFf"))
				.isEqualTo("abc d\u00A0ef");
	}

	@Test
	void textWrapsBetweenWordsAndAtLineBreaks() throws IOException {
		List<String> lines = TextWrap.lines(this.fonts.regular, 8, "one two three four\r\nfive\n\nsix\n", 60);
		assertThat(lines).containsExactly("one two three", "four", "five", "", "six");
		for (String line : lines) {
			assertThat(PdfFonts.width(this.fonts.regular, 8, line)).isLessThanOrEqualTo(60);
		}
	}

	@Test
	void aSymbolTooLongForItsColumnBreaksAfterASlash() throws IOException {
		List<String> lines = TextWrap.lines(this.fonts.regular, 8, "UNODC/CND/2014/CRP.12/Corr.1", 70);
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
