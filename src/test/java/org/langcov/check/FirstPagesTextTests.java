package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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

	private static FirstPagesText.Texts read(PDDocument document) throws IOException {
		java.util.List<org.apache.pdfbox.pdmodel.PDPage> pages = new java.util.ArrayList<>();
		for (int i = 0; i < Math.min(FirstPagesText.PAGES, document.getNumberOfPages()); i++) {
			pages.add(document.getPage(i));
		}
		return FirstPagesText.read(document, pages, Deadline.none());
	}

}
