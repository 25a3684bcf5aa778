package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;

/**
 * Registers as secretariats keep them, through the real command line: an old .xls with the register on its second
 * sheet, and a CSV from a European locale listing two sessions over a store found by wildcards.
 */
class RegisterFormatsFunctionalTests {

	@TempDir
	static Path home;

	static HomeProperty homeProperty;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void installation() throws IOException {
		homeProperty = HomeProperty.set(home);
		Files.createDirectories(home.resolve("input/registers"));
		Files.createDirectories(home.resolve("jobs"));
	}

	@AfterAll
	static void restore() {
		homeProperty.restore();
	}

	@Test
	void anXlsRegisterIsReadFromTheSheetTheJobNames() throws IOException {
		// given
		Path store = Files.createDirectories(home.resolve("input/documents/xls"));
		pdf(store.resolve("E_CN.7_2014_1-EN.pdf"), Language.ENGLISH, "E/CN.7/2014/1");
		pdf(store.resolve("E_CN.7_2014_1-FR.pdf"), Language.FRENCH, "E/CN.7/2014/1");
		Workbooks.xls().sheet("2013").row(1, "Symbol").row(2, "E/CN.7/2013/1").sheet("2014")
				.row(1, "Commission on Narcotic Drugs").row(2, "Symbol", "Title", "Languages")
				.row(3, "E/CN.7/2014/1", "Annotated provisional agenda", "E/F")
				.write(home.resolve("input/registers/cnd.xls"));
		Path job = Files.writeString(home.resolve("jobs/xls.yml"), """
				session: XLS57
				register: ../input/registers/cnd.xls
				sheet: "2014"
				documents: ../input/documents/xls
				output: ../output/xls
				""");

		// when
		int status = execute("run", job.toString());

		// then
		assertThat(status).as(err()).isZero();
		assertThat(out()).startsWith(
				"XLS57: coverage A \u2013 C \u2013 E 100% F 100% R \u2013 S \u2013 overall 100%; 0 problems;");
		assertThat(filesSheet(home.resolve("output/xls/XLS57-coverage.xlsx"))).containsExactly(
				List.of("Symbol", "Language", "Status", "Detail", "Location"),
				List.of("E/CN.7/2014/1", "E", "AVAILABLE", "", "E_CN.7_2014_1-EN.pdf"),
				List.of("E/CN.7/2014/1", "F", "AVAILABLE", "", "E_CN.7_2014_1-FR.pdf"));
	}

	@Test
	void aSemicolonCsvWithTwoSessionsWritesEachSessionsReportsWithItsOwnHistory() throws IOException {
		// given
		Path store = Files.createDirectories(home.resolve("input/documents/wild"));
		Files.createDirectories(store.resolve("en"));
		Files.createDirectories(store.resolve("fr"));
		pdf(store.resolve("en/E_CN.7_2014_1 final.pdf"), Language.ENGLISH, "E/CN.7/2014/1");
		pdf(store.resolve("fr/E_CN.7_2014_1.pdf"), Language.FRENCH, "E/CN.7/2014/1");
		pdf(store.resolve("en/E_CN.7_2014_2 (old).pdf"), Language.ENGLISH, "E/CN.7/2014/2");
		Files.setLastModifiedTime(store.resolve("en/E_CN.7_2014_2 (old).pdf"),
				FileTime.from(Instant.parse("2014-01-01T00:00:00Z")));
		pdf(store.resolve("en/E_CN.7_2014_2.pdf"), Language.ENGLISH, "E/CN.7/2014/2");
		pdf(store.resolve("en/E_CN.7_2015_1.pdf"), Language.ENGLISH, "E/CN.7/2015/1");
		pdf(store.resolve("en/E_CN.7_2015_9.pdf"), Language.ENGLISH, "E/CN.7/2015/9");
		String csv = "\uFEFFSymbol;Title;Session;Languages\r\n"
				+ "E/CN.7/2014/1;\"Annotated provisional agenda; with annex\";CND57;E F\r\n"
				+ "E/CN.7/2014/2;\"Report of the \"\"Board\"\"\r\nfor 2013\";CND57;E\r\n"
				+ "E/CN.7/2015/1;Provisional agenda, 2015;CND58;E\r\n" + "E/CN.7/2015/9;Annex to both sessions;;E\r\n"
				+ "E/CN.7/2015/10;A stray row;../etc;E\r\n";
		Files.write(home.resolve("input/registers/sessions.csv"), csv.getBytes(StandardCharsets.UTF_8));
		Path job = Files.writeString(home.resolve("jobs/sessions.yml"), """
				register: ../input/registers/sessions.csv
				documents: ../input/documents/wild
				pattern: "{iso-lower}/{symbol}*.pdf"
				languages: E
				output: ../output/sessions
				""");

		// when
		int status = execute("run", job.toString());

		// then
		assertThat(status).as(err()).isZero();
		assertThat(out().lines()).hasSize(2).satisfiesExactly(
				(line) -> assertThat(line).startsWith("CND57: coverage")
						.contains("overall 100%; 0 problems; first run"),
				(line) -> assertThat(line).startsWith("CND58: coverage")
						.contains("overall 100%; 0 problems; first run"));
		Path output = home.resolve("output/sessions");
		assertThat(filesSheet(output.resolve("CND57-coverage.xlsx"))).containsExactly(
				List.of("Symbol", "Language", "Status", "Detail", "Location"),
				List.of("E/CN.7/2014/1", "E", "AVAILABLE", "", "en/E_CN.7_2014_1 final.pdf"),
				List.of("E/CN.7/2014/1", "F", "AVAILABLE", "", "fr/E_CN.7_2014_1.pdf"),
				List.of("E/CN.7/2014/2", "E", "AVAILABLE", "2 matches", "en/E_CN.7_2014_2.pdf"),
				List.of("E/CN.7/2015/9", "E", "AVAILABLE", "", "en/E_CN.7_2015_9.pdf"));
		assertThat(filesSheet(output.resolve("CND58-coverage.xlsx"))).containsExactly(
				List.of("Symbol", "Language", "Status", "Detail", "Location"),
				List.of("E/CN.7/2015/1", "E", "AVAILABLE", "", "en/E_CN.7_2015_1.pdf"),
				List.of("E/CN.7/2015/9", "E", "AVAILABLE", "", "en/E_CN.7_2015_9.pdf"));
		assertThat(sheet(output.resolve("CND58-coverage.xlsx"), "Rejected", 3)).containsExactly(
				List.of("Row", "Symbol", "Reason"), List.of("6", "E/CN.7/2015/10", "Session \"../etc\" is not a"
						+ " session id: use letters, digits, '.', '_' and '-' (at most 64), as in CND57"));
		assertThat(output).isDirectoryNotContaining("glob:**etc*");

		// and when run again, each session compares with its own previous run
		this.out.reset();
		assertThat(execute("run", job.toString())).isZero();
		assertThat(out().lines()).satisfiesExactly(
				(line) -> assertThat(line).startsWith("CND57: ").contains("; 0 changes;"),
				(line) -> assertThat(line).startsWith("CND58: ").contains("; 0 changes;"));
	}

	private static void pdf(Path file, Language language, String symbol) {
		UnDocumentPdf.of(language, symbol).writeTo(file);
	}

	private static List<List<String>> filesSheet(Path workbook) throws IOException {
		return sheet(workbook, "Files", 5);
	}

	private static List<List<String>> sheet(Path workbook, String name, int columns) throws IOException {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
			for (Row row : book.getSheet(name)) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < columns; c++) {
					Cell cell = row.getCell(c);
					values.add((cell != null) ? formatter.formatCellValue(cell) : "");
				}
				rows.add(values);
			}
		}
		return rows;
	}

	private int execute(String... args) {
		return new CommandLine(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8)).execute(args);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
