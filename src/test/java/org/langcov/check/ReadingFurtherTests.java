package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the first pages decide nothing, the body is read, so far and no further; when they decide, it is not read at
 * all.
 */
class ReadingFurtherTests {

	private static final String SYMBOL = "E/CN.7/2014/3";

	private static final String ENGLISH = "The Commission took note of the report of the Executive Director and"
			+ " of the work of the Office in the areas of prevention, treatment and rehabilitation.";

	private static final String SPANISH = "La Comisión tomó nota del informe del Director Ejecutivo y de la labor de"
			+ " la Oficina en las esferas de la prevención, el tratamiento y la rehabilitación.";

	private static final String FRENCH = "La Commission a pris note du rapport du Directeur exécutif et des"
			+ " travaux de l'Office dans les domaines de la prévention, du traitement et de la réadaptation.";

	/** A page of a table of names: text, but no language. */
	private static final String NAMES = "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia"
			+ " Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan";

	private final PdfInspector inspector = new PdfInspector();

	@TempDir
	Path folder;

	@Test
	void aDecidedFirstPageIsNotReadFurther() throws IOException {
		List<String> pages = new ArrayList<>(List.of(ENGLISH.repeat(8)));
		for (int i = 0; i < 5; i++) {
			pages.add(SPANISH.repeat(8));
		}
		Path file = write(pages);

		assertThat(this.inspector.inspect(file, slot(Language.ENGLISH)).status()).isEqualTo(Status.AVAILABLE);
		assertThat(this.inspector.inspect(file, slot(Language.SPANISH)).detail())
				.isEqualTo("the text is in English, not Spanish");
	}

	@ParameterizedTest
	@CsvSource({"12, WRONG_LANGUAGE", "13, AVAILABLE"})
	void undecidedFirstPagesAreFollowedUpToPageTwelve(int firstFrench, Status status) throws IOException {
		List<String> pages = new ArrayList<>();
		for (int page = 1; page <= 14; page++) {
			pages.add((page < firstFrench) ? NAMES : FRENCH.repeat(4));
		}

		Inspection inspection = this.inspector.inspect(write(pages), slot(Language.ENGLISH));

		assertThat(inspection.status()).isEqualTo(status);
		assertThat(inspection.detectedLanguage()).isEqualTo((status == Status.AVAILABLE) ? null : Language.FRENCH);
	}

	@Test
	void aBodyOfNoLanguageLeavesTheFileAvailable() throws IOException {
		Inspection inspection = this.inspector.inspect(write(List.of(NAMES, NAMES, NAMES, NAMES, NAMES)),
				slot(Language.ENGLISH));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEmpty();
		assertThat(inspection.detectedLanguage()).isNull();
	}

	private static Expected slot(Language language) {
		return new Expected(List.of(SYMBOL), language);
	}

	/** One page a text, in Helvetica, the symbol on page 1. */
	private Path write(List<String> texts) throws IOException {
		Path file = this.folder.resolve("file.pdf");
		try (PDDocument document = new PDDocument()) {
			PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (String text : texts) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 10);
					content.setLeading(13);
					content.newLineAtOffset(60, 780);
					if (document.getNumberOfPages() == 1) {
						content.showText(SYMBOL);
						content.newLine();
					}
					for (int at = 0; at < text.length(); at += 90) {
						content.showText(text.substring(at, Math.min(text.length(), at + 90)));
						content.newLine();
					}
					content.endText();
				}
			}
			document.save(file.toFile());
		}
		return file;
	}

}
