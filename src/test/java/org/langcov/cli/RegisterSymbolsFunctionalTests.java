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
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.job.JobFile;
import org.langcov.store.Placeholders;

/**
 * Symbols as people type them into a register: in lower case, or with the footnote mark of the document list they were
 * copied from. Both name the document the UN's files are named by.
 */
class RegisterSymbolsFunctionalTests {

	@TempDir
	static Path home;

	static HomeProperty homeProperty;

	static Console run;

	@BeforeAll
	static void run() throws IOException {
		homeProperty = HomeProperty.set(home);
		// given the files under the symbols in the UN's case
		Path store = Files.createDirectories(home.resolve("store"));
		for (Language language : Language.values()) {
			pdf(store, language, "E/C.21/2025/6");
			pdf(store, language, "E/C.21/2025/2");
		}
		pdf(store, Language.ENGLISH, "A/C.3/70/L.1/Rev.1");
		// and a register that types them otherwise
		Workbooks.workbook().row(1, "Symbol", "Title", "Languages").row(2, "e/c.21/2025/6", "Report", "all")
				.row(3, "E/C.21/2025/2*", "Note by the Secretariat", "all")
				.row(4, "a/c.3/70/l.1/rev.1", "Draft resolution", "English only").write(home.resolve("register.xlsx"));
		Path job = Files.writeString(home.resolve("symbols.yml"), """
				session: SYMBOLS
				register: register.xlsx
				documents: store
				output: out
				""");

		// when
		run = Console.run("run", job.toString());
	}

	@AfterAll
	static void restore() {
		homeProperty.restore();
	}

	@Test
	void aSymbolTypedInLowerCaseIsLookedUpAndShownInTheUnsCase() throws IOException {
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).startsWith(
				"SYMBOLS: coverage A 100% C 100% E 100% F 100% R 100% S 100% overall 100%; 0 problems; first run;");
		try (Workbook workbook = Sheets.open(home.resolve("out/SYMBOLS-coverage.xlsx"))) {
			assertThat(Sheets.rows(workbook.getSheet("Coverage"), 1)).containsExactly(List.of("Symbol"),
					List.of("E/C.21/2025/6"), List.of("E/C.21/2025/2"), List.of("A/C.3/70/L.1/Rev.1"));
			assertThat(Sheets.rows(workbook.getSheet("Rejected"), 3)).hasSize(1);
		}
	}

	@Test
	void aFootnoteMarkIsDroppedWithANoteInBothReportsAndOnStandardError() throws IOException {
		String note = "footnote mark \"*\" dropped: taken as E/C.21/2025/2";
		assertThat(run.err())
				.isEqualTo(home.resolve("register.xlsx") + ", row 3: E/C.21/2025/2*: " + note + System.lineSeparator());
		try (Workbook workbook = Sheets.open(home.resolve("out/SYMBOLS-coverage.xlsx"))) {
			assertThat(Sheets.rows(workbook.getSheet("Register notes"), 3))
					.containsExactly(List.of("Row", "Symbol", "Note"), List.of("3", "E/C.21/2025/2*", note));
		}
		try (PDDocument pdf = Loader.loadPDF(home.resolve("out/SYMBOLS-coverage.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf))
					.contains("Register notes\nRow Symbol Note\n3 E/C.21/2025/2* " + note);
		}
	}

	private static void pdf(Path store, Language language, String symbol) {
		UnDocumentPdf.of(language, symbol)
				.writeTo(store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, symbol, language)));
	}

}
