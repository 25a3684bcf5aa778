package org.langcov.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.GeneratedSource;

class PdfReportLargeTests {

	@TempDir
	Path dir;

	@Test
	void aRegisterOfFiftyThousandDocumentsBecomesThousandsOfNumberedPages() throws Exception {
		Path file = this.dir.resolve("BIG-coverage.pdf");
		new PdfReport().write(new GeneratedSource(50_000), file);

		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(2_000);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(pages / 2);
			stripper.setEndPage(pages / 2);
			assertThat(stripper.getText(document)).contains("Page " + (pages / 2) + " of " + pages);
			stripper.setStartPage(pages);
			stripper.setEndPage(pages);
			assertThat(stripper.getText(document)).contains("Rejected register rows")
					.contains("Page " + pages + " of " + pages);
		}
	}

}
