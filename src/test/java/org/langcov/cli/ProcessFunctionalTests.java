package org.langcov.cli;

import org.langcov.store.Placeholders;
import org.langcov.job.JobFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.LangcovProcess;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;

/**
 * What only separate processes show: a run killed part-way and resumed by the next run, and a second process that finds
 * the database in use.
 */
class ProcessFunctionalTests {

	private static final int DOCUMENTS = 120;

	private static final Pattern PROGRESS = Pattern.compile("CRASH: inspected (\\d+) of (\\d+) slots.*");

	@TempDir
	Path home;

	@Test
	void aRunKilledPartWayIsResumedByTheNextRunAndEndsAsAnUninterruptedOne() throws Exception {
		// given a session large enough to be killed in the middle of its inspection
		Path store = Files.createDirectories(this.home.resolve("store"));
		Workbooks register = Workbooks.workbook().row(1, "Symbol", "Title");
		for (int i = 1; i <= DOCUMENTS; i++) {
			String symbol = "E/CN.7/2014/" + i;
			register.row(i + 1, symbol, "Document " + i);
			for (Language language : Language.values()) {
				UnDocumentPdf.of(language, symbol)
						.writeTo(store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, symbol, language)));
			}
		}
		register.write(this.home.resolve("register.xlsx"));
		Path job = this.home.resolve("crash.yml");
		Files.writeString(job, "session: CRASH\nregister: register.xlsx\ndocuments: store\noutput: out\n");
		List<String> slow = List.of("langcov.chunk-size=5", "langcov.progress.interval=1ms");

		// when it is killed (SIGKILL) once some slots are committed
		Process first = LangcovProcess.start(this.home, slow, true, "run", job.toString());
		int seen = killAfterProgress(first, 60);
		assertThat(seen).as("the run was killed part-way").isBetween(60, DOCUMENTS * 6 - 1);
		assertThat(lockHolders()).as("the session's lock row, left by the process killed").containsExactly(first.pid());

		// then the next run resumes it
		Process second = LangcovProcess.start(this.home, List.of(), false, "run", job.toString());
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(second.exitValue()).as(out).isZero();
		assertThat(out).contains("CRASH: coverage A 100% C 100% E 100% F 100% R 100% S 100% overall 100%")
				.contains("resumed a run cut short");
		assertThat(lockHolders()).as("let go at the end of the run").isEmpty();
		long[] counts = inspectionCounts();
		assertThat(counts[0]).as("inspect step executions").isEqualTo(2);
		assertThat(counts[1]).as("slots read over both executions, none twice").isEqualTo(DOCUMENTS * 6);
		assertThat(counts[2]).as("slots read after the resume").isLessThanOrEqualTo(DOCUMENTS * 6 - 60);
		Path resumed = this.home.resolve("resumed.xlsx");
		Files.copy(this.home.resolve("out/CRASH-coverage.xlsx"), resumed);

		// and its report equals that of an uninterrupted run over the same data
		Process third = LangcovProcess.start(this.home, List.of(), false, "run", "--force", job.toString());
		assertThat(third.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(third.exitValue()).isZero();
		try (Workbook expected = Sheets.open(this.home.resolve("out/CRASH-coverage.xlsx"));
				Workbook actual = Sheets.open(resumed)) {
			for (String sheet : List.of("Coverage", "Problems", "Files", "Rejected")) {
				assertThat(Sheets.rows(actual.getSheet(sheet), 11)).as(sheet)
						.isEqualTo(Sheets.rows(expected.getSheet(sheet), 11));
			}
		}
	}

	@Test
	void aSecondProcessFindsTheDatabaseInUseAndSaysSoInOneLine() throws Exception {
		Files.createDirectories(this.home.resolve("output/.langcov"));
		try (Connection held = database()) {
			Files.writeString(this.home.resolve("output/.langcov/langcov.pid"),
					String.valueOf(ProcessHandle.current().pid()));

			Process second = LangcovProcess.start(this.home, List.of(), false, "history", "CND57");

			assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(second.exitValue()).isEqualTo(1);
			assertThat(new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
					.isEqualTo("langcov: the database is in use by another langcov process (process "
							+ ProcessHandle.current().pid() + "); run again when it has finished"
							+ System.lineSeparator());
		}
	}

	/**
	 * Reads the run's progress lines and kills it once it has inspected at least this many.
	 */
	private static int killAfterProgress(Process process, int atLeast) throws IOException, InterruptedException {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				Matcher progress = PROGRESS.matcher(line);
				if (progress.matches() && Integer.parseInt(progress.group(1)) >= atLeast) {
					process.destroyForcibly().waitFor();
					return Integer.parseInt(progress.group(1));
				}
			}
		}
		process.waitFor();
		return -1;
	}

	/**
	 * Inspect step executions of the session, slots read in all, slots read by the last.
	 */
	private long[] inspectionCounts() throws SQLException {
		try (Connection connection = database();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*), SUM(READ_COUNT), MIN(READ_COUNT)"
						+ " FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'inspectSlots'")) {
			rs.next();
			long[] counts = {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
			statement.execute("SHUTDOWN");
			return counts;
		}
	}

	/** The holders of the sessions' lock rows. */
	private List<Long> lockHolders() throws SQLException {
		try (Connection connection = database();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT HOLDER_PID FROM LC_LOCK")) {
			List<Long> holders = new ArrayList<>();
			while (rs.next()) {
				holders.add(rs.getLong(1));
			}
			statement.execute("SHUTDOWN");
			return holders;
		}
	}

	private Connection database() throws SQLException {
		return DriverManager.getConnection(
				"jdbc:hsqldb:file:" + this.home.resolve("output/.langcov/db/langcov") + ";shutdown=true", "SA", "");
	}

}
