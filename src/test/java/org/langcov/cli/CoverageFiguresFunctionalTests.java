package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;

/**
 * The figures never claim more than was checked: a language with nothing expected has no coverage, every percentage is
 * rounded half up the same way wherever it is shown, and {@code --fail-under} judges the counts.
 */
class CoverageFiguresFunctionalTests {

	@TempDir
	static Path home;

	static HomeProperty homeProperty;

	static Path job;

	/** Twelve documents expected in English only, eleven of them there: 91.67 %. */
	@BeforeAll
	static void installation() throws IOException {
		homeProperty = HomeProperty.set(home);
		Path store = Files.createDirectories(home.resolve("store"));
		Workbooks register = Workbooks.workbook().row(1, "Symbol", "Title");
		for (int i = 1; i <= 12; i++) {
			String symbol = "E/C.21/2025/" + i;
			register.row(i + 1, symbol, "Document " + i);
			if (i != 12) {
				UnDocumentPdf.of(Language.ENGLISH, symbol).writeTo(store.resolve("E_C.21_2025_" + i + "-EN.pdf"));
			}
		}
		register.write(home.resolve("register.xlsx"));
		job = Files.writeString(home.resolve("cemh.yml"), """
				session: CEMH12
				register: register.xlsx
				documents: store
				languages: E
				output: out
				""");
	}

	@AfterAll
	static void restore() {
		homeProperty.restore();
	}

	@Test
	void aLanguageWithNoExpectedVersionShowsADashAndNeverAHundredPercent() throws IOException {
		Console run = Console.run("run", job.toString());

		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out())
				.startsWith("CEMH12: coverage A \u2013 C \u2013 E 91.7% F \u2013 R \u2013 S \u2013 overall 91.7%;");
		try (Workbook workbook = Sheets.open(home.resolve("out/CEMH12-coverage.xlsx"))) {
			Sheet summary = workbook.getSheet("Summary");
			assertThat(summary.getRow(7).getCell(6).getCellType()).isEqualTo(CellType.STRING);
			assertThat(summary.getRow(7).getCell(6).getStringCellValue()).isEqualTo("\u2013");
		}
		assertThat(pdfText()).contains("Arabic (A) 0 0 0 0 0 \u2013").doesNotContain("100.0 %");
	}

	@Test
	void percentagesAreRoundedHalfUpAlikeInTheSummaryLineBothReportsAndHistory() throws IOException {
		Console run = Console.run("run", job.toString());
		assertThat(run.status()).as(run.err()).isZero();

		assertThat(run.out()).contains(" E 91.7% ").contains(" overall 91.7%;");
		assertThat(pdfText()).contains("English (E) 12 11 1 0 0 91.7 %").contains("Overall 12 11 1 0 0 91.7 %");
		try (Workbook workbook = Sheets.open(home.resolve("out/CEMH12-coverage.xlsx"))) {
			Sheet summary = workbook.getSheet("Summary");
			assertThat(summary.getRow(9).getCell(6).getNumericCellValue()).isEqualTo(0.917);
			assertThat(Sheets.rows(summary, 7).get(8)).containsExactly("English (E)", "12", "11", "1", "0", "0",
					"91.7%");
		}
		Console history = Console.run("history", "CEMH12");
		assertThat(history.out().lines().findFirst().orElseThrow())
				.endsWith("A \u2013 C \u2013 E 91.7% F \u2013 R \u2013 S \u2013 overall 91.7%");
	}

	@Test
	void failUnderJudgesTheCountsAndSaysThemWhenTheRoundedFigureWouldNotShowIt() {
		Console under95 = Console.run("run", "--fail-under", "95", job.toString());
		assertThat(under95.status()).isEqualTo(3);
		assertThat(under95.err())
				.isEqualTo("CEMH12: overall coverage 91.7% is under --fail-under 95%" + System.lineSeparator());

		// 11 of 12 is 91.67 %: shown as 91.7 %, yet under 91.7
		Console under917 = Console.run("run", "--fail-under", "91.7", job.toString());
		assertThat(under917.status()).isEqualTo(3);
		assertThat(under917.err()).isEqualTo("CEMH12: overall coverage 91.7% (11 of 12 expected versions available)"
				+ " is under --fail-under 91.7%" + System.lineSeparator());

		assertThat(Console.run("run", "--fail-under", "91.6", job.toString()).status()).isZero();
	}

	private static String pdfText() throws IOException {
		try (PDDocument document = Loader.loadPDF(home.resolve("out/CEMH12-coverage.pdf").toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			return stripper.getText(document);
		}
	}

}
