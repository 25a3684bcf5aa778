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

class FirstPagesTextTests {

	@Test
	void aFullFirstPageIsEnoughAndTheNextPagesAreNotRead() throws IOException {
		try (PDDocument document = Loader.loadPDF(UnDocumentPdf.of(Language.FRENCH, "E/CN.7/2014/1").toBytes())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);

			FirstPagesText.Texts texts = read(document);

			assertThat(texts.pageOne().length()).isGreaterThanOrEqualTo(FirstPagesText.ENOUGH_CHARS);
			assertThat(texts.firstPages()).isEqualTo(texts.pageOne());
		}
	}

	@Test
	void aShortFirstPageIsCompletedByTheNextOnes() throws IOException {
		byte[] pdf = UnDocumentPdf.of(Language.SPANISH, "E/CN.7/2014/1").paragraphs(0, 1).toBytes();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			FirstPagesText.Texts texts = read(document);

			assertThat(texts.pageOne().length()).isLessThan(FirstPagesText.ENOUGH_CHARS);
			assertThat(texts.firstPages()).startsWith(texts.pageOne());
		}
	}

	@Test
	void readingFurtherStopsOnceTheBodyHasEnoughText() throws IOException {
		byte[] pdf = UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/1").paragraphs(0, 200).toBytes();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(FirstPagesText.FURTHER_PAGES);
			List<PDPage> pages = new ArrayList<>();
			for (int i = 1; i < FirstPagesText.FURTHER_PAGES; i++) {
				pages.add(document.getPage(i));
			}
			int onePage = FirstPagesText.readFurther(document, pages.subList(0, 1), Deadline.none()).length();

			String body = FirstPagesText.readFurther(document, pages, Deadline.none());

			assertThat(body.length()).isGreaterThanOrEqualTo(FirstPagesText.FURTHER_CHARS)
					.isLessThan(FirstPagesText.FURTHER_CHARS + onePage);
		}
	}

	private static FirstPagesText.Texts read(PDDocument document) throws IOException {
		List<PDPage> pages = new ArrayList<>();
		for (int i = 0; i < Math.min(FirstPagesText.PAGES, document.getNumberOfPages()); i++) {
			pages.add(document.getPage(i));
		}
		return FirstPagesText.read(document, pages, Deadline.none());
	}

}
