package org.langcov.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.DocumentLine;
import org.langcov.report.ReportData;
import org.langcov.report.ReportFixtures;
import org.langcov.report.RunInfo;
import org.langcov.vocabulary.Status;

/**
 * What a PDF viewer copies or searches is what the font's character map ({@code /ToUnicode}) gives for each glyph
 * drawn: PDFBox's own text extraction turns Arabic presentation forms back into letters and reorders right-to-left
 * text, a viewer need not, so these tests read the glyphs' text as the file holds it.
 */
class PdfCopiedTextTests {

	/** Short enough for one line of page 1's title; with a lam-alef ligature (الأمم). */
	static final String ARABIC_TITLE = "تقرير الأمم المتحدة عن المخدرات والجريمة";

	@TempDir
	Path dir;

	@Test
	void anArabicTitleCopiesAsArabicLettersNotPresentationForms() throws IOException {
		// given a session whose title, and a document's, are Arabic
		Path file = write();

		// when its glyphs are read as the file maps them to text
		List<TextPosition> glyphs = glyphs(file);

		// then no glyph copies as a presentation form, and the title's line, read right to left, is the title
		assertThat(glyphs).allSatisfy((glyph) -> assertThat(glyph.getUnicode().codePoints())
				.as("%s (U+%04X)", glyph.getUnicode(), glyph.getUnicode().codePointAt(0))
				.noneMatch(PdfCopiedTextTests::presentationForm));
		List<TextPosition> titleLine = new ArrayList<>(glyphs.stream()
				.filter((glyph) -> glyph.getY() == glyphs.get(0).getY() && glyph.getFontSizeInPt() == 16).toList());
		Collections.reverse(titleLine);
		assertThat(text(titleLine)).isEqualTo(ARABIC_TITLE);
		assertThat(text(glyphs)).contains("Page 1 of ");
	}

	@Test
	void thePageTextHasTheArabicWordsInTheOrderTheyAreRead() throws IOException {
		String text = pageText(write());

		assertThat(text).contains(ARABIC_TITLE).contains("المخدرات").contains(PdfReportScriptsTests.ARABIC_TITLE);
	}

	@Test
	void chineseAndCyrillicTitlesStillCopyAsTheyAreWritten() throws IOException {
		Path file = write();

		// left to right, the glyphs in the order drawn are the text
		assertThat(text(glyphs(file))).contains(ReportFixtures.RUSSIAN_TITLE).contains(ReportFixtures.CHINESE_TITLE);
		assertThat(pageText(file)).contains(ReportFixtures.RUSSIAN_TITLE).contains(ReportFixtures.CHINESE_TITLE);
	}

	private static boolean presentationForm(int cp) {
		return cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF;
	}

	private Path write() throws IOException {
		List<DocumentLine> documents = new ArrayList<>(ReportFixtures.sample().documents());
		documents.add(ReportFixtures.document(List.of("E/CN.7/2014/10"), PdfReportScriptsTests.ARABIC_TITLE, "4",
				Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE,
				Status.MISSING));
		RunInfo run = new RunInfo("CND57", ARABIC_TITLE, ReportFixtures.STARTED, "r.xlsx", "docs", false);
		Path file = this.dir.resolve("CND57-coverage.pdf");
		new PdfReport(ZoneId.of("UTC")).write(ReportData.of(run, documents, List.of(), List.of()), file);
		return file;
	}

	private static String text(List<TextPosition> glyphs) {
		StringBuilder text = new StringBuilder();
		glyphs.forEach((glyph) -> text.append(glyph.getUnicode()));
		return text.toString();
	}

	/** Every glyph drawn, in the order the content streams draw them, with its text as the font maps it. */
	private static List<TextPosition> glyphs(Path file) throws IOException {
		List<TextPosition> glyphs = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper() {

				@Override
				protected void processTextPosition(TextPosition text) {
					glyphs.add(text);
					super.processTextPosition(text);
				}

			};
			stripper.getText(document);
		}
		return glyphs;
	}

	private static String pageText(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
