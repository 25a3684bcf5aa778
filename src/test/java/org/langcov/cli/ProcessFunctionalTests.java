package org.langcov.cli;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovProcess;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.job.JobFile;
import org.langcov.store.Placeholders;
import org.langcov.vocabulary.Language;

/**
 * What only separate processes show: a run killed part-way and resumed by the next run, and a second process that finds
 * the database in use. On the installation's own HSQLDB file here; {@link ProcessOnPostgresFunctionalTests} runs them
 * on PostgreSQL, with what only a shared database shows.
 */
class ProcessFunctionalTests {

	static final int DOCUMENTS = 120;

	/** Slow enough to be caught part-way: a commit every 5 slots, and a progress line at each. */
	static final List<String> SLOW = List.of("langcov.chunk-size=5", "langcov.progress.interval=1ms",
			"langcov.progress=always");

	@TempDir
	Path home;

	/**
	 * The environment that points a child process at the database: none here, the installation's own HSQLDB file.
	 */
	Map<String, String> database() {
		return Map.of();
	}

	/**
	 * A connection to the children's database, for a look at it while none of them runs: the HSQLDB file admits one
	 * process at a time.
	 */
	Connection connect() throws SQLException {
		return DriverManager.getConnection(
				"jdbc:hsqldb:file:" + this.home.resolve("output/.langcov/db/langcov") + ";shutdown=true", "SA", "");
	}

	/** After a look, lets the next child have the database: HSQLDB writes its file and lets go of its lock. */
	void letGo(Statement statement) throws SQLException {
		statement.execute("SHUTDOWN");
	}

	@Test
	void aRunKilledPartWayIsResumedByTheNextRunAndEndsAsAnUninterruptedOne() throws Exception {
		// given a session large enough to be killed in the middle of its inspection
		Path job = session(this.home, "CRASH", DOCUMENTS);

		// when it is killed (SIGKILL) once some slots are committed
		Process first = start(this.home, SLOW, "run", job.toString());
		int seen = killAfterProgress(first, "CRASH", 60);
		assertThat(seen).as("the run was killed part-way").isBetween(60, DOCUMENTS * 6 - 1);
		assertThat(lockHolders()).as("the session's lock row, left by the process killed").containsExactly(first.pid());
		assertThat(history("CRASH")).as("not a partial coverage that reads like a drop").singleElement().asString()
				.matches(".*  STARTED    not finished: \\d+ of 720 expected slots checked; the next run resumes it");

		// then the next run resumes it
		Process second = start(this.home, List.of(), "run", job.toString());
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(second.exitValue()).as(out).isZero();
		assertThat(out).contains("CRASH: coverage A 100% C 100% E 100% F 100% R 100% S 100% overall 100%")
				.contains("resumed a run cut short");
		assertThat(lockHolders()).as("let go at the end of the run").isEmpty();
		assertThat(history("CRASH")).singleElement().asString().matches(
				".*  COMPLETED  A 100% C 100% E 100% F 100% R 100% S 100% overall 100%  resumed after being cut short");
		long[] counts = inspectionCounts();
		assertThat(counts[0]).as("inspect step executions").isEqualTo(2);
		assertThat(counts[1]).as("slots read over both executions, none twice").isEqualTo(DOCUMENTS * 6);
		assertThat(counts[2]).as("slots read after the resume").isLessThanOrEqualTo(DOCUMENTS * 6 - 60);
		assertThat(counts[3]).as("slot results written over both executions, none twice").isEqualTo(DOCUMENTS * 6);
		assertThat(counts[4]).as("slots of the run with their result").isEqualTo(DOCUMENTS * 6);
		Path resumed = this.home.resolve("resumed.xlsx");
		Files.copy(this.home.resolve("out/CRASH-coverage.xlsx"), resumed);

		// and its report equals that of an uninterrupted run over the same data
		Process third = start(this.home, List.of(), "run", "--force", job.toString());
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
		try (Connection held = connect()) {
			Files.writeString(this.home.resolve("output/.langcov/langcov.pid"),
					String.valueOf(ProcessHandle.current().pid()));

			long started = System.nanoTime();
			Process second = LangcovProcess.start(this.home, List.of(), false, "history", "CND57");

			assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
			// at once: not after HSQLDB's 10 s and more of polling its lock file
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(9));
			assertThat(second.exitValue()).isEqualTo(1);
			assertThat(new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
					.isEqualTo("langcov: the database is in use by another langcov process (process "
							+ ProcessHandle.current().pid() + "); run again when it has finished"
							+ System.lineSeparator());
		}
	}

	/**
	 * A session of {@code documents} documents, each in the six languages, in {@code dir}: its register, its store and
	 * its job file, which is returned.
	 */
	static Path session(Path dir, String session, int documents) throws IOException {
		Path store = Files.createDirectories(dir.resolve("store"));
		Workbooks register = Workbooks.workbook().row(1, "Symbol", "Title");
		for (int i = 1; i <= documents; i++) {
			String symbol = "E/CN.7/2014/" + i;
			register.row(i + 1, symbol, "Document " + i);
			for (Language language : Language.values()) {
				UnDocumentPdf.of(language, symbol)
						.writeTo(store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, symbol, language)));
			}
		}
		register.write(dir.resolve("register.xlsx"));
		Path job = dir.resolve(session.toLowerCase() + ".yml");
		Files.writeString(job, "session: " + session + "\nregister: register.xlsx\ndocuments: store\noutput: out\n");
		return job;
	}

	/** The lines {@code history} prints for the session. */
	List<String> history(String session) throws IOException, InterruptedException {
		Process history = start(this.home, List.of(), "history", session);
		String out = new String(history.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(history.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(history.exitValue()).as(out).isZero();
		return out.lines().toList();
	}

	/** langcov in a process of its own on the test's database, standard error merged into standard output. */
	Process start(Path installation, List<String> properties, String... args) throws IOException {
		return LangcovProcess.start(installation, properties, database(), true, args);
	}

	/**
	 * Reads the run's progress lines and kills it once it has inspected at least this many.
	 */
	static int killAfterProgress(Process process, String session, int atLeast)
			throws IOException, InterruptedException {
		try (BufferedReader lines = lines(process)) {
			int seen = awaitProgress(lines, session, atLeast);
			process.destroyForcibly().waitFor();
			return seen;
		}
	}

	/**
	 * Reads the run's output up to a progress line of at least {@code atLeast} slots inspected, and returns its count;
	 * -1 when the output ends first.
	 */
	static int awaitProgress(BufferedReader lines, String session, int atLeast) throws IOException {
		Pattern progress = Pattern.compile(Pattern.quote(session) + ": inspected (\\d+) of (\\d+) slots.*");
		String line;
		while ((line = lines.readLine()) != null) {
			Matcher matcher = progress.matcher(line);
			if (matcher.matches() && Integer.parseInt(matcher.group(1)) >= atLeast) {
				return Integer.parseInt(matcher.group(1));
			}
		}
		return -1;
	}

	static BufferedReader lines(Process process) {
		return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

	/**
	 * Inspect step executions of the session, slots read in all, slots read by the last, slot results written in all,
	 * and the slots of the run that have their result.
	 */
	long[] inspectionCounts() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			long[] counts = new long[5];
			try (ResultSet rs = statement.executeQuery("SELECT COUNT(*), SUM(READ_COUNT), MIN(READ_COUNT),"
					+ " SUM(WRITE_COUNT) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'inspectSlots'")) {
				rs.next();
				for (int i = 0; i < 4; i++) {
					counts[i] = rs.getLong(i + 1);
				}
			}
			try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM LC_SLOT WHERE STATUS IS NOT NULL")) {
				rs.next();
				counts[4] = rs.getLong(1);
			}
			letGo(statement);
			return counts;
		}
	}

	/** The holders of the sessions' lock rows. */
	List<Long> lockHolders() throws SQLException {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT HOLDER_PID FROM LC_LOCK")) {
			List<Long> holders = new ArrayList<>();
			while (rs.next()) {
				holders.add(rs.getLong(1));
			}
			letGo(statement);
			return holders;
		}
	}

}
