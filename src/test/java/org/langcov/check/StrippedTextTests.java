package org.langcov.check;

import org.langcov.vocabulary.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.langcov.fixtures.UnDocumentPdf;

class StrippedTextTests {

	@Test
	void aFullFirstPageIsEnoughAndTheNextPagesAreNotRead() throws IOException {
		try (PDDocument document = Loader.loadPDF(UnDocumentPdf.of(Language.FRENCH, "E/CN.7/2014/1").toBytes())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);

			PageTexts texts = read(document);

			assertThat(texts.pageOne().length()).isGreaterThanOrEqualTo(StrippedText.ENOUGH_CHARS);
			assertThat(texts.firstPages()).isEqualTo(texts.pageOne());
		}
	}

	@Test
	void aShortFirstPageIsCompletedByTheNextOnes() throws IOException {
		byte[] pdf = UnDocumentPdf.of(Language.SPANISH, "E/CN.7/2014/1").paragraphs(0, 1).toBytes();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PageTexts texts = read(document);

			assertThat(texts.pageOne().length()).isLessThan(StrippedText.ENOUGH_CHARS);
			assertThat(texts.firstPages()).startsWith(texts.pageOne());
		}
	}

	@Test
	void readingFurtherStopsOnceTheBodyHasEnoughText() throws IOException {
		byte[] pdf = UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/1").paragraphs(0, 200).toBytes();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(StrippedText.FURTHER_PAGES);
			List<PDPage> pages = new ArrayList<>();
			for (int i = 1; i < StrippedText.FURTHER_PAGES; i++) {
				pages.add(document.getPage(i));
			}
			int onePage = StrippedText.readFurther(document, pages.subList(0, 1), Deadline.none()).length();

			String body = StrippedText.readFurther(document, pages, Deadline.none());

			assertThat(body.length()).isGreaterThanOrEqualTo(StrippedText.FURTHER_CHARS)
					.isLessThan(StrippedText.FURTHER_CHARS + onePage);
		}
	}

	private static PageTexts read(PDDocument document) throws IOException {
		List<PDPage> pages = new ArrayList<>();
		for (int i = 0; i < Math.min(StrippedText.PAGES, document.getNumberOfPages()); i++) {
			pages.add(document.getPage(i));
		}
		return StrippedText.read(document, pages, Deadline.none());
	}

}
