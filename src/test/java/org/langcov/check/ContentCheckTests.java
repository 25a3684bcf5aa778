package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.langcov.fixtures.ScannedPdf;
import org.langcov.fixtures.UnDocumentPdf;

/**
 * WRONG_DOCUMENT, WRONG_LANGUAGE and the {@code no text} note, on real PDFs.
 */
class ContentCheckTests {

	private final PdfInspector inspector = new PdfInspector();

	@TempDir
	Path folder;

	@Test
	void aCorrigendumSavedUnderTheBaseSymbolIsTheWrongDocument() {
		Path file = UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/1/Corr.1").writeTo(pdf());

		Inspection inspection = this.inspector.inspect(file, expected(Language.ENGLISH, "E/CN.7/2014/1"));

		assertThat(inspection.status()).isEqualTo(Status.WRONG_DOCUMENT);
		assertThat(inspection.detail()).isEqualTo("page 1 shows E/CN.7/2014/1/Corr.1");
	}

	@ParameterizedTest
	@CsvSource({"ARABIC", "CHINESE", "RUSSIAN", "FRENCH"})
	void anotherDocumentsFileIsTheWrongDocumentInEveryLanguage(Language language) {
		Path file = UnDocumentPdf.of(language, "E/CN.7/2014/4").writeTo(pdf());

		Inspection inspection = this.inspector.inspect(file, expected(language, "E/CN.7/2014/3"));

		assertThat(inspection.status()).isEqualTo(Status.WRONG_DOCUMENT);
		assertThat(inspection.detail()).isEqualTo("page 1 shows E/CN.7/2014/4");
	}

	@Test
	void aFootnoteCitingTheAgendaNextToTheOwnSymbolIsNoMistake() {
		Path file = UnDocumentPdf.of(Language.ARABIC, "E/CN.7/2014/3").footnote("E/CN.7/2014/1").writeTo(pdf());

		Inspection inspection = this.inspector.inspect(file, expected(Language.ARABIC, "E/CN.7/2014/3"));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEmpty();
	}

	@Test
	void anySymbolOfAJointDocumentCounts() {
		Path file = UnDocumentPdf.of(Language.CHINESE, "E/CN.7/2014/2", "E/CN.15/2014/2").writeTo(pdf());

		Inspection inspection = this.inspector.inspect(file, expected(Language.CHINESE, "E/CN.15/2014/2"));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
	}

	@ParameterizedTest
	@CsvSource({"FRENCH, ENGLISH", "ENGLISH, SPANISH", "SPANISH, FRENCH", "ARABIC, ENGLISH", "RUSSIAN, CHINESE",
			"CHINESE, ARABIC", "ENGLISH, RUSSIAN"})
	void aFileInAnotherLanguageIsTheWrongLanguageAndSaysWhich(Language actual, Language slot) {
		Path file = UnDocumentPdf.of(actual, "E/CN.7/2014/3").writeTo(pdf());

		Inspection inspection = this.inspector.inspect(file, expected(slot, "E/CN.7/2014/3"));

		assertThat(inspection.status()).isEqualTo(Status.WRONG_LANGUAGE);
		assertThat(inspection.detail())
				.isEqualTo("the text is in " + actual.displayName() + ", not " + slot.displayName());
		assertThat(inspection.detectedLanguage()).isEqualTo(actual);
	}

	@Test
	void theWrongDocumentIsReportedBeforeTheWrongLanguage() {
		Path file = UnDocumentPdf.of(Language.FRENCH, "E/CN.7/2014/4").writeTo(pdf());

		Inspection inspection = this.inspector.inspect(file, expected(Language.ENGLISH, "E/CN.7/2014/3"));

		assertThat(inspection.status()).isEqualTo(Status.WRONG_DOCUMENT);
	}

	@Test
	void aScanWithoutTextIsAvailableWithANote() {
		Path file = ScannedPdf.write(pdf(), 2);

		Inspection inspection = this.inspector.inspect(file, expected(Language.ENGLISH, "E/CN.7/2014/3"));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEqualTo("no text");
		assertThat(inspection.detectedLanguage()).isNull();
		assertThat(inspection.pages()).isEqualTo(2);
	}

	@Test
	void aShortDocumentInItsLanguageIsAvailable() {
		Path file = UnDocumentPdf.of(Language.SPANISH, "E/CN.7/2014/3").paragraphs(3, 1).writeTo(pdf());

		Inspection inspection = this.inspector.inspect(file, expected(Language.SPANISH, "E/CN.7/2014/3"));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.pages()).isEqualTo(1);
	}

	@Test
	void aPageTreeCountingMorePagesThanItHoldsIsReadAsFarAsItGoes() throws IOException {
		try (PDDocument document = Loader.loadPDF(UnDocumentPdf.of(Language.RUSSIAN, "E/CN.7/2014/3").toBytes())) {
			document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES).setInt(COSName.COUNT, 3);
			document.save(pdf().toFile());
		}

		Inspection inspection = this.inspector.inspect(pdf(), expected(Language.RUSSIAN, "E/CN.7/2014/3"));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detectedLanguage()).isEqualTo(Language.RUSSIAN);
	}

	private static Expected expected(Language language, String... symbols) {
		return new Expected(List.of(symbols), language);
	}

	private Path pdf() {
		return this.folder.resolve("file.pdf");
	}

}
