package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovProcess;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.report.RunTime;
import org.langcov.vocabulary.Language;

/**
 * {@code history}, {@code sessions} and {@code --version} tell the truth: run times are instants shown with their zone,
 * the same in the workbook, the PDF and {@code history}; session ids match ignoring case; a failed run says why.
 */
class HonestHistoryFunctionalTests {

	/** A time of the run as every report shows it: {@code 2014-03-10 01:30:00 UTC}. */
	private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ";

	@TempDir
	Path home;

	HomeProperty homeProperty;

	@BeforeEach
	void installation() {
		this.homeProperty = HomeProperty.set(this.home);
	}

	@AfterEach
	void restore() {
		this.homeProperty.restore();
	}

	@Test
	void aRunMadeWithAnotherTimeZoneSortsByWhenItRanAndEveryReportShowsItsZone() throws Exception {
		// given a run made here, then one made a little later with TZ set to another zone
		Path job = job("CEMH12", 3);
		assertThat(Console.run("run", job.toString()).status()).isZero();
		String zone = ZoneId.systemDefault().getId().equals("America/New_York") ? "Asia/Tokyo" : "America/New_York";
		Process elsewhere = LangcovProcess.start(this.home, Map.of("TZ", zone), "run", job.toString());
		assertThat(elsewhere.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(elsewhere.exitValue()).as(new String(elsewhere.getInputStream().readAllBytes())).isZero();

		// when the history is read here
		List<String> history = Console.run("history", "CEMH12").out().lines().toList();

		// then the later run comes first, shown in its own zone, and the earlier one in this machine's
		String zoneName = RunTime.zoneName(Instant.now(), ZoneId.of(zone));
		String hereName = RunTime.zoneName(Instant.now(), ZoneId.systemDefault());
		assertThat(history).hasSize(2);
		assertThat(history.get(0)).matches(TIME + zoneName + "  COMPLETED  A .*");
		assertThat(history.get(1)).matches(TIME + hereName + "  COMPLETED  A .*");
		// and the workbook and the PDF of the later run show its time as history does
		String time = history.get(0).substring(0, history.get(0).indexOf("  "));
		try (Workbook workbook = Sheets.open(this.home.resolve("out/CEMH12-coverage.xlsx"))) {
			List<String> row = Sheets.rows(workbook.getSheet("Summary"), 3).get(2);
			assertThat(row.get(0)).isEqualTo("Time of the run");
			// a date whose format names the zone; POI's CellFormat reads it as a spreadsheet program shows it
			Cell cell = workbook.getSheet("Summary").getRow(2).getCell(1);
			assertThat(CellFormat.getInstance(Locale.ROOT, cell.getCellStyle().getDataFormatString())
					.apply(cell.getDateCellValue()).text).isEqualTo(time);
		}
		try (PDDocument pdf = Loader.loadPDF(this.home.resolve("out/CEMH12-coverage.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Time of the run " + time)
					.contains("run of " + time);
		}
	}

	@Test
	void historyAndSessionsMatchTheSessionIdIgnoringCase() throws IOException {
		// given a run of CEMH12
		assertThat(Console.run("run", job("CEMH12", 3).toString()).status()).isZero();

		// when its history is asked for in lower case
		Console history = Console.run("history", "cemh12");

		// then it is found
		assertThat(history.status()).isZero();
		assertThat(history.out()).matches(
				TIME + "\\S+  COMPLETED  A \u2013 C \u2013 E 66.7% F \u2013 R \u2013 S \u2013" + " overall 66.7%\\R");
	}

	@Test
	void sessionsListsEverySessionWithItsLatestRun() throws IOException {
		// given two runs of one session and one of another, whose register is unusable
		Path cemh = job("CEMH12", 3);
		assertThat(Console.run("run", cemh.toString()).status()).isZero();
		assertThat(Console.run("run", cemh.toString()).status()).isZero();
		Path broken = job("CND57", 0);

		// when the sessions are listed
		Console unusable = Console.run("run", broken.toString());
		Console sessions = Console.run("sessions");

		// then each session has a line with its latest run, by session id
		assertThat(unusable.status()).isEqualTo(2);
		assertThat(sessions.status()).isZero();
		List<String> lines = sessions.out().lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).matches("CEMH12  " + TIME + "\\S+  COMPLETED  overall 66.7%  \\(2 runs\\)");
		assertThat(lines.get(1)).matches("CND57   " + TIME + "\\S+  FAILED     .*  \\(1 run\\)");
	}

	@Test
	void aFailedRunShowsItsReasonInOneLine() throws IOException {
		// given a run whose register yields no document
		Console run = Console.run("run", job("CND57", 0).toString());
		assertThat(run.status()).isEqualTo(2);

		// when the history is read
		Console history = Console.run("history", "CND57");

		// then the failed run's line gives the reason the run gave, not a coverage
		assertThat(history.out().lines()).singleElement().asString()
				.matches(TIME + "\\S+  FAILED     .*register\\.xlsx.*").endsWith(run.err().strip())
				.doesNotContain("overall");
	}

	@Test
	void aDatabaseOfThePreviousVersionIsUpgradedAndItsRunsAreShownAsBefore() throws Exception {
		// given a run in a database without the tables this version added, as the previous version left it
		Path job = job("CEMH12", 3);
		assertThat(Console.run("run", job.toString()).status()).isZero();
		try (Connection connection = DriverManager.getConnection(
				"jdbc:hsqldb:file:" + this.home.resolve("output/.langcov/db/langcov") + ";shutdown=true", "SA", "");
				Statement statement = connection.createStatement()) {
			for (String table : List.of("LC_RUN_STATE", "LC_FIGURES", "LC_PRUNED")) {
				statement.execute("DROP TABLE " + table);
			}
			statement.execute("SHUTDOWN");
		} catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}

		// when this version runs the session again and reads its history
		Console run = Console.run("run", job.toString());
		Console history = Console.run("history", "CEMH12");

		// then both runs are there, the old one in this machine's zone, read from what the old version kept
		assertThat(run.status()).as(run.err()).isZero();
		String here = RunTime.zoneName(Instant.now(), ZoneId.systemDefault());
		assertThat(history.out().lines()).hasSize(2)
				.allMatch((line) -> line.matches(TIME + here + "  COMPLETED  A .* overall 66.7%"));
	}

	@Test
	void versionSaysWhichLangcovAndJavaRun() {
		Console version = Console.run("--version");

		assertThat(version.status()).isZero();
		assertThat(version.out()).matches("langcov \\d+\\.\\d+\\.\\d+\\S* \\(Java \\d+\\S*\\)\\R");
	}

	/**
	 * A job of {@code documents} documents expected in English, two of every three there; without documents, its
	 * register is a header only.
	 */
	private Path job(String session, int documents) throws IOException {
		Path store = Files.createDirectories(this.home.resolve("store"));
		Workbooks register = Workbooks.workbook().row(1, "Symbol", "Title");
		for (int i = 1; i <= documents; i++) {
			String symbol = "E/C.21/2025/" + i;
			register.row(i + 1, symbol, "Document " + i);
			if (i % 3 != 0) {
				UnDocumentPdf.of(Language.ENGLISH, symbol).writeTo(store.resolve("E_C.21_2025_" + i + "-EN.pdf"));
			}
		}
		String name = session.toLowerCase() + "-register.xlsx";
		register.write(this.home.resolve(name));
		return Files.writeString(this.home.resolve(session.toLowerCase() + ".yml"),
				"session: " + session + "\nregister: " + name + "\ndocuments: store\nlanguages: E\noutput: out\n",
				StandardCharsets.UTF_8);
	}

}
