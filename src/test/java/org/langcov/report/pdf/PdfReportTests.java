package org.langcov.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.DocumentLine;
import org.langcov.report.ReportData;
import org.langcov.report.ReportFixtures;
import org.langcov.report.RunInfo;
import org.langcov.report.RunTime;
import org.langcov.vocabulary.Status;

class PdfReportTests {

	private static final String MATRIX_HEADER = "Symbol Title Agenda item A C E F R S";

	@TempDir
	Path dir;

	@Test
	void everyPageSaysPageNOfM() throws IOException {
		List<String> pages = pages(write(ReportFixtures.sample(false, 150)));
		assertThat(pages).hasSizeGreaterThanOrEqualTo(5);
		for (int i = 0; i < pages.size(); i++) {
			assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
		}
	}

	@Test
	void pageOneHasTheRunTheSummaryAndTheChart() throws IOException {
		ReportData data = ReportFixtures.sample();
		String first = pages(write(data)).get(0);
		assertThat(first).contains("Commission on Narcotic Drugs, fifty-seventh session").contains("Session CND57")
				.contains("Time of the run 2014-03-10 01:30:00 UTC").contains("Register ../input/registers/cnd57.xlsx")
				.contains("Store ../input/documents/cnd57")
				.contains("Language Expected Available Missing Other problems Unverified Coverage")
				.contains("Arabic (A) 5 3 1 1 0 60.0 %").contains("Spanish (S) 5 3 1 1 1 60.0 %")
				.contains("Overall 31 20 3 8 1 64.5 %").contains("Coverage per language")
				.contains("0 % 25 % 50 % 75 % 100 %");
	}

	@Test
	void theRunTimeIsShownAsEveryReportShowsItWithItsZone() throws IOException {
		for (ZoneId zone : List.of(ZoneId.of("Europe/Vienna"), ZoneId.of("America/New_York"))) {
			// given a run in a zone other than UTC (New York is on summer time from 9 March 2014, Vienna is not)
			String time = RunTime.format(ReportFixtures.STARTED, zone);
			assertThat(time).isIn("2014-03-10 02:30:00 CET", "2014-03-09 21:30:00 EDT");
			Path file = this.dir.resolve(zone.getId().replace('/', '-') + ".pdf");

			// when its PDF is written
			new PdfReport(zone).write(ReportFixtures.sample(), file);

			// then page 1 and the foot of every page show the time as RunTime formats it
			List<String> pages = pages(file);
			assertThat(pages.get(0)).contains("Time of the run " + time + "\n");
			assertThat(pages).allSatisfy((page) -> assertThat(page).contains("run of " + time + " Page "));
		}
	}

	@Test
	void theMatrixHeaderIsRepeatedOnEveryMatrixPage() throws IOException {
		List<String> pages = pages(write(ReportFixtures.sample(false, 150)));
		int problems = indexOf(pages, "Problems\n");
		List<String> matrix = pages.subList(1, problems);
		assertThat(matrix).hasSizeGreaterThanOrEqualTo(3);
		assertThat(matrix.get(0)).startsWith("Coverage by document\n" + MATRIX_HEADER + "\n");
		for (String page : matrix.subList(1, matrix.size())) {
			assertThat(page).startsWith("Coverage by document (continued)\n" + MATRIX_HEADER + "\n");
		}
		assertThat(String.join("", matrix)).contains("E/CN.7/2014/L.150").contains("available").contains("missing");
	}

	@Test
	void theMatrixMarksEachStateAndStacksJointSymbols() throws IOException {
		String matrix = pages(write(ReportFixtures.sample())).get(1);
		assertThat(matrix).contains("E/CN.7/2014/1 Annotated provisional agenda 2 pdf pdf pdf pdf pdf pdf")
				.contains("E/CN.7/2014/2\nE/CN.15/2014/2").contains("4 \u00D7 ! pdf ! ! !")
				.contains("9 \u2013 \u2013 pdf (pdf) \u2013 \u2013");
	}

	@Test
	void titlesInAnyScriptAreShownAsText() throws IOException {
		String text = String.join("", pages(write(ReportFixtures.sample())));
		assertThat(text).contains(ReportFixtures.RUSSIAN_TITLE).contains(ReportFixtures.FORMULA_TITLE)
				.contains(ReportFixtures.CHINESE_TITLE).contains("the end").doesNotContain("?");
	}

	@Test
	void pagesAreA4LandscapeWithEmbeddedFonts() throws IOException {
		Path file = write(ReportFixtures.sample(false, 60));
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			for (PDPage page : document.getPages()) {
				PDRectangle box = page.getMediaBox();
				assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getHeight(),
						org.assertj.core.data.Offset.offset(0.5f));
				assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getWidth(),
						org.assertj.core.data.Offset.offset(0.5f));
				PDResources resources = page.getResources();
				List<String> names = new ArrayList<>();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					names.add(font.getName());
				}
				// Subsets carry a six-letter tag before the font's name.
				assertThat(names).isNotEmpty().allMatch((name) -> name.matches("[A-Z]{6}\\+(NotoSans|WenQuanYi).*"));
			}
		}
	}

	@Test
	void controlCharactersLineBreaksAndUnknownScriptsDoNotBreakIt() throws IOException {
		String awkward = "Bell\u0007 null\u0000 tab\tend\r\nsecond line\u2028third line \uD83D\uDE00 "
				+ "\u062A\u0642\u0631\u064A\u0631 \uFEFFzero\u200Dwidth \uD800 lone";
		String unbroken = "E/CN.7/2014/" + "X".repeat(20_000);
		List<DocumentLine> documents = new ArrayList<>(ReportFixtures.sample().documents());
		documents.add(ReportFixtures.document(List.of("E/CN.7/2014/98"), awkward, "\u0000", Status.AVAILABLE,
				Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE));
		documents.add(ReportFixtures.document(List.of(unbroken), unbroken, "1", Status.AVAILABLE, Status.AVAILABLE,
				Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE));
		RunInfo run = new RunInfo("CND57", "麻醉药品委员会 " + awkward, ReportFixtures.STARTED, "r.xlsx", "docs", false);

		List<String> pages = pages(write(ReportData.of(run, documents, List.of(), List.of())));

		String text = String.join("", pages);
		// What no font has is drawn as its code (a lone surrogate, an emoji), never as a question mark.
		assertThat(text).contains("Bell null tab end\nsecond line\nthird line U+1F600").contains("zerowidth")
				.contains("U+D800").contains("\u062A\u0642\u0631\u064A\u0631").doesNotContain("?");
		// The unbroken symbol and title run over many pages, wrapped and continued, every character shown.
		assertThat(text.chars().filter((c) -> c == 'X').count()).isEqualTo(40_000);
		assertThat(pages).hasSizeGreaterThan(10);
		for (int i = 0; i < pages.size(); i++) {
			assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
		}
	}

	@Test
	void unverifiedVersionsAreListedApartAfterTheProblemsAndRegisterNotesAfterTheRejectedRows() throws IOException {
		String text = String.join("", pages(write(ReportFixtures.sample())));

		assertThat(text).containsSubsequence("Problems\n",
				"Unverified versions\nSymbol Language Detail Location\n"
						+ "E/CN.7/2014/5 S no text E_CN.7_2014_5-ES.pdf\n",
				"Changes since the previous run\n", "Rejected register rows\n",
				"Register notes\nRow Symbol Note\n12 E/CN.7/2014/5* footnote mark");
		assertThat(text.substring(text.indexOf("Problems\n"), text.indexOf("Unverified versions")))
				.doesNotContain("E/CN.7/2014/5 ");
	}

	@Test
	void emptySectionsSaySoAndTheFirstRunHasNothingToCompare() throws IOException {
		ReportData sample = ReportFixtures.sample(true, 0);
		List<DocumentLine> documents = List.of(sample.documents().get(0));
		String text = String.join("", pages(write(ReportData.of(sample.run(), documents, List.of(), List.of()))));
		assertThat(text).doesNotContain("Unverified versions").doesNotContain("Register notes");
		assertThat(text).contains("Problems\nNo problems")
				.contains("Changes since the previous run\nThis is the first run of session CND57")
				.contains("Rejected register rows\nEvery register row was taken.");
	}

	private Path write(ReportData data) throws IOException {
		Path file = this.dir.resolve("CND57-coverage.pdf");
		new PdfReport(ZoneId.of("UTC")).write(data, file);
		return file;
	}

	private static int indexOf(List<String> pages, String start) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).startsWith(start)) {
				return i;
			}
		}
		throw new AssertionError("No page starts with " + start);
	}

	private static List<String> pages(Path file) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(stripper.getText(document));
			}
		}
		return pages;
	}

}
