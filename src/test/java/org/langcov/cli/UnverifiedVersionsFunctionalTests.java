package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.ScannedPdf;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.job.JobFile;
import org.langcov.store.Placeholders;

/**
 * A version that is there but whose text could not be read (a scan) counts as available, and apart, as unverified:
 * neither its symbol nor its language was checked. It is no problem, so the Problems sheet leaves it out; it is marked
 * apart in the Coverage sheet and listed in a section of its own in the PDF.
 */
class UnverifiedVersionsFunctionalTests {

	@TempDir
	static Path home;

	static HomeProperty homeProperty;

	static Console run;

	@BeforeAll
	static void run() throws IOException {
		homeProperty = HomeProperty.set(home);
		Path store = Files.createDirectories(home.resolve("store"));
		for (Language language : Language.values()) {
			Path file = store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, "E/CN.7/2014/1", language));
			if (language == Language.SPANISH) {
				ScannedPdf.write(file, 2);
			} else {
				UnDocumentPdf.of(language, "E/CN.7/2014/1").writeTo(file);
			}
		}
		Workbooks.workbook().row(1, "Symbol", "Title").row(2, "E/CN.7/2014/1", "Provisional agenda")
				.write(home.resolve("register.xlsx"));
		Path job = Files.writeString(home.resolve("scans.yml"), """
				session: SCANS
				register: register.xlsx
				documents: store
				output: out
				""");
		run = Console.run("run", job.toString());
	}

	@AfterAll
	static void restore() {
		homeProperty.restore();
	}

	@Test
	void theSummaryLineCountsUnverifiedVersionsApart() {
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).startsWith(
				"SCANS: coverage A 100% C 100% E 100% F 100% R 100% S 100% overall 100%; 0 problems; 1 unverified;");
	}

	@Test
	void theWorkbookCountsThemPerLanguageAndMarksThemApartButNotAsProblems() throws IOException {
		try (Workbook workbook = Sheets.open(home.resolve("out/SCANS-coverage.xlsx"))) {
			List<List<String>> summary = Sheets.rows(workbook.getSheet("Summary"), 7);
			assertThat(summary.get(5)).containsExactly("Language", "Expected", "Available", "Missing", "Other problems",
					"Unverified", "Coverage");
			assertThat(summary.get(11)).containsExactly("Spanish (S)", "1", "1", "0", "0", "1", "100.0%");
			assertThat(summary.get(12)).containsExactly("Overall", "6", "6", "0", "0", "1", "100.0%");
			assertThat(Sheets.rows(workbook.getSheet("Coverage"), 9).get(1).subList(3, 9)).containsExactly("pdf", "pdf",
					"pdf", "pdf", "pdf", "pdf*");
			assertThat(Sheets.rows(workbook.getSheet("Problems"), 5)).hasSize(1);
		}
	}

	@Test
	void thePdfListsThemInASectionOfTheirOwnAfterTheProblems() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(home.resolve("out/SCANS-coverage.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).containsSubsequence("Spanish (S) 1 1 0 0 1 100.0 %",
					"Problems\nNo problems", "Unverified versions\nSymbol Language Detail Location\n"
							+ "E/CN.7/2014/1 S no text E_CN.7_2014_1-ES.pdf",
					"Changes since the previous run");
		}
	}

}
