package org.langcov.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.DocumentLine;
import org.langcov.report.ReportData;
import org.langcov.report.ReportFixtures;
import org.langcov.report.RunInfo;
import org.langcov.vocabulary.Status;

/**
 * Titles in the scripts a secretariat meets, as a register and a job file hold them: each must come out of the PDF as
 * the same text, drawn with a font that has it.
 */
class PdfReportScriptsTests {

	static final String ARABIC_TITLE = "تقرير المدير التنفيذي عن أنشطة مكتب الأمم المتحدة المعني بالمخدرات والجريمة";

	static final String GREEK_TITLE = "Έκθεση της Επιτροπής Ναρκωτικών";

	static final String HEBREW_TITLE = "דוח הוועדה לסמים נרקוטיים";

	static final String JAPANESE_KOREAN_TITLE = "麻薬委員会の報告書 마약위원회 보고서";

	static final String ACCENTED_TITLE = "Rapport du Comité : stupéfiants, œuvre ÀÉÎÕÜ ç ñ ł ő";

	static final String ARABIC_SESSION = "لجنة المخدرات، الدورة السابعة والخمسون";

	@TempDir
	Path dir;

	@Test
	void titlesInEveryScriptComeOutAsTheSameText() throws IOException {
		String text = text(write());
		assertThat(text).contains(ReportFixtures.RUSSIAN_TITLE).contains(ReportFixtures.CHINESE_TITLE)
				.contains(ARABIC_TITLE).contains(ARABIC_SESSION).contains(GREEK_TITLE).contains(HEBREW_TITLE)
				.contains(JAPANESE_KOREAN_TITLE).contains(ACCENTED_TITLE).doesNotContain("?");
	}

	@Test
	void eachScriptIsDrawnWithAnEmbeddedFontThatHasIt() throws IOException {
		List<String> names = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(write().toFile())) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					assertThat(resources.getFont(name).isEmbedded()).isTrue();
					// a subset's name starts with a tag, ABCDEF+; the Arabic fonts are embedded whole
					names.add(resources.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
				}
			}
		}
		assertThat(names).contains("NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic-Regular",
				"NotoNaskhArabic-Bold", "NotoSansHebrew-Regular", "WenQuanYiMicroHei");
	}

	@Test
	void aReportInLatinScriptEmbedsNoOtherFont() throws IOException {
		ReportData sample = ReportFixtures.sample();
		List<DocumentLine> latin = sample.documents().subList(0, 3);
		Path file = this.dir.resolve("latin.pdf");
		new PdfReport(ZoneId.of("UTC")).write(ReportData.of(sample.run(), latin, List.of(), List.of()), file);
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					assertThat(page.getResources().getFont(name).getName()).contains("+NotoSans-");
				}
			}
		}
		// The Chinese font alone is 3.5 MB: a report that needs none of it stays small.
		assertThat(Files.size(file)).isLessThan(100_000);
	}

	@Test
	void pageOneRendersWithTheRightToLeftTitleAtTheRight() throws IOException {
		try (PDDocument document = Loader.loadPDF(write().toFile())) {
			BufferedImage page = new PDFRenderer(document).renderImage(0, 1);
			assertThat(page.getWidth()).isGreaterThan(page.getHeight());
			// The title's line, 36 to 56 points from the top: ink at the right margin, none at the left.
			assertThat(ink(page, page.getWidth() - 140, page.getWidth() - 36, 36, 56)).isGreaterThan(50);
			assertThat(ink(page, 36, 140, 36, 56)).isZero();
			// The line under it, in English, starts at the left.
			assertThat(ink(page, 36, 140, 58, 75)).isGreaterThan(50);
		}
	}

	private static int ink(BufferedImage image, int x0, int x1, int y0, int y1) {
		int dark = 0;
		for (int x = x0; x < x1; x++) {
			for (int y = y0; y < y1; y++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 300) {
					dark++;
				}
			}
		}
		return dark;
	}

	private Path write() throws IOException {
		List<DocumentLine> documents = new ArrayList<>(ReportFixtures.sample().documents());
		int number = 10;
		for (String title : List.of(ARABIC_TITLE, GREEK_TITLE, HEBREW_TITLE, JAPANESE_KOREAN_TITLE, ACCENTED_TITLE)) {
			documents.add(ReportFixtures.document(List.of("E/CN.7/2014/" + number++), title, "4", Status.AVAILABLE,
					Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE));
		}
		RunInfo run = new RunInfo("CND57", ARABIC_SESSION, ReportFixtures.STARTED, "r.xlsx", "docs", false);
		Path file = this.dir.resolve("CND57-coverage.pdf");
		new PdfReport(ZoneId.of("UTC")).write(ReportData.of(run, documents, List.of(), List.of()), file);
		return file;
	}

	private static String text(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
