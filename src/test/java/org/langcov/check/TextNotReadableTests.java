package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.HardTextFiles;
import org.langcov.fixtures.UnDocumentPdf;

/**
 * A file that opens and has pages is never DAMAGED for its text: when the text cannot be extracted, or is not the
 * text's own letters, it is AVAILABLE with the note {@code text not readable: REASON}, its pages and PDF version
 * recorded.
 */
class TextNotReadableTests {

	private final PdfInspector inspector = new PdfInspector();

	@TempDir
	Path folder;

	@Test
	void aFontTheTextExtractionCannotLoadLeavesTheFileAvailableWithANote() {
		Path file = HardTextFiles.fontWithoutDescendant(pdf(), false);

		Inspection inspection = this.inspector.inspect(file, english());

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEqualTo("text not readable: Missing descendant font dictionary");
		assertThat(inspection.detectedLanguage()).isNull();
		assertThat(inspection.pages()).isEqualTo(1);
		assertThat(inspection.pdfVersion()).isEqualTo("1.7");
	}

	@Test
	void anInlineImageTheTextExtractionRejectsLeavesTheFileAvailableWithANote() {
		Path file = HardTextFiles.inlineImageWithoutData(pdf());

		Inspection inspection = this.inspector.inspect(file, english());

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).startsWith("text not readable: ").contains("Expected operator 'ID'")
				.doesNotContain("\n", "Exception", "java.");
		assertThat(inspection.pages()).isEqualTo(1);
		assertThat(inspection.pdfVersion()).isEqualTo("1.7");
	}

	@Test
	void aFileInspectedWithoutASlotGetsTheNoteToo() {
		Inspection inspection = this.inspector.inspect(HardTextFiles.fontWithoutDescendant(pdf(), false));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).startsWith("text not readable: ");
	}

	@Test
	void aPageTheQuickTextReadsIsVerifiedOnItEvenWhenTheFullExtractionCannotLoadItsFont() {
		// the quick text reads the font's ToUnicode map and settles the plain case
		Path file = HardTextFiles.fontWithoutDescendant(pdf(), true);

		Inspection inspection = this.inspector.inspect(file, english());

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEmpty();
		assertThat(inspection.detectedLanguage()).isEqualTo(Language.ENGLISH);
	}

	@Test
	void aLaterPageThatCannotBeReadEndsTheReadingAndPageOneIsJudged() throws IOException {
		// a short French page 1, so that page 2 is read too, and page 2 in the font that cannot be loaded
		try (PDDocument document = Loader
				.loadPDF(UnDocumentPdf.of(Language.FRENCH, HardTextFiles.SYMBOL).paragraphs(1, 1).toBytes());
				PDDocument broken = Loader
						.loadPDF(Files.readAllBytes(HardTextFiles.fontWithoutDescendant(pdf(), false)))) {
			document.importPage(broken.getPage(0));
			List<PDPage> pages = new ArrayList<>();
			document.getPages().forEach(pages::add);

			PageTexts texts = StrippedText.read(document, pages, Deadline.none());

			assertThat(texts.pagesRead()).isEqualTo(1);
			assertThat(texts.pageOne().length()).isLessThan(StrippedText.ENOUGH_CHARS);
			assertThat(LanguageIdentifier.identify(texts.firstPages())).isEqualTo(Language.FRENCH);
			document.save(this.folder.resolve("two.pdf").toFile());
		}

		Inspection inspection = this.inspector.inspect(this.folder.resolve("two.pdf"), english());

		assertThat(inspection.status()).isEqualTo(Status.WRONG_LANGUAGE);
		assertThat(inspection.detail()).isEqualTo("the text is in French, not English");
	}

	@Test
	void textInAFontWithoutUnicodeMappingsThatNoCodePageReadsIsNotReadable() {
		// Russian in KOI8-R: read as Windows-1251 it gives Cyrillic letters, but no Russian words
		Path file = HardTextFiles.codePageText(pdf(), Language.RUSSIAN, "KOI8-R");

		Inspection inspection = this.inspector.inspect(file,
				new Expected(List.of(HardTextFiles.SYMBOL), Language.RUSSIAN));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail())
				.matches("text not readable: a font without Unicode mappings \\(the text extracts as \"\\S+\"\\)");
		assertThat(inspection.detectedLanguage()).isNull();
	}

	private static Expected english() {
		return new Expected(List.of(HardTextFiles.SYMBOL), Language.ENGLISH);
	}

	private Path pdf() {
		return this.folder.resolve("file.pdf");
	}

}
