package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.BrokenFiles;
import org.langcov.fixtures.Broker;
import org.langcov.fixtures.LangcovProcess;
import org.langcov.fixtures.Postgres;
import org.langcov.fixtures.Sheets;

/**
 * The inspection beyond one machine, with every part real: a PostgreSQL server, an Artemis broker on loopback, worker
 * JVMs and the run's manager JVM, each with an installation of its own. The reports of a distributed run equal those of
 * a run in one process; a worker killed part-way loses nothing and has nothing written twice; a run without workers
 * says so, exits 1, and is resumed by the next run.
 */
class RemotePartitioningFunctionalTests {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static String brokerUrl;

	@TempDir
	Path home;

	private String url;

	private final List<Process> workers = new ArrayList<>();

	@BeforeAll
	static void startBroker() {
		brokerUrl = Broker.shared().url();
	}

	@BeforeEach
	void emptyDatabase() {
		String name = "langcov_remote_" + DATABASES.incrementAndGet();
		Postgres.createDatabase(name);
		this.url = Postgres.url(name);
	}

	@AfterEach
	void stopWorkers() throws InterruptedException {
		for (Process worker : this.workers) {
			worker.destroyForcibly().waitFor();
		}
	}

	@Test
	void twoWorkersInspectARunWhoseReportsEqualThoseOfARunInOneProcess() throws Exception {
		// given a session with some problems, and two workers
		Path job = session("SPREAD", 150);
		worker("one", List.of());
		worker("two", List.of());

		// when it is run through the broker, in ten partitions
		Result run = run(job,
				List.of("langcov.broker.partitions=10", "langcov.progress.interval=1ms", "langcov.progress=always"),
				true);

		// then it completes, every worker inspected some of it, and its reports are those of a run in one process
		assertThat(run.status()).as(run.out()).isZero();
		assertThat(run.out()).contains("SPREAD: coverage").contains("inspected by 2 workers on host")
				.containsPattern("SPREAD: inspected \\d+ of 900 slots");
		assertThat(inspectedPartitions("one")).as("partitions inspected by worker one").isPositive();
		assertThat(inspectedPartitions("two")).as("partitions inspected by worker two").isPositive();
		assertThat(writtenOnce()).isTrue();
		assertSameReportsAsOneProcess(job, "SPREAD");
	}

	@Test
	void aRerunThroughTheBrokerTakesEachPartitionsUnchangedFilesFromOneQueryOfTheCache() throws Exception {
		// given a session run once through the broker, in two partitions
		Path job = session("AGAIN", 20);
		worker("again", List.of());
		List<String> twoPartitions = List.of("langcov.broker.partitions=2");
		Result first = run(job, twoPartitions, true);
		assertThat(first.status()).as(first.out()).isZero();

		// when it is run again, nothing changed
		Result second = run(job, twoPartitions, true);

		// then no file is opened again, and each partition of the rerun read the cache's rows under the store at once
		assertThat(second.status()).as(second.out()).isZero();
		assertThat(inspectedInLatestRun()).isZero();
		assertThat(log("again").stream().filter((line) -> line.contains("File cache: ")).toList()).hasSize(4)
				.allMatch((line) -> line.contains(" rows under " + this.home.resolve("store"))).last()
				.satisfies((line) -> assertThat(line).doesNotContain("File cache: 0 rows"));
	}

	@Test
	void aWorkerKilledPartWayLosesNothingAndHasNothingWrittenTwice() throws Exception {
		// given a session and two slow workers (a commit every five slots)
		Path job = session("KILLED", 120);
		Process doomed = worker("doomed", List.of("langcov.chunk-size=5"));
		worker("survivor", List.of("langcov.chunk-size=5"));

		// when one of them is killed (SIGKILL) once it has committed some slots
		Process manager = start(this.home.resolve("manager"),
				List.of("langcov.broker.partitions=4", "langcov.broker.poll-interval=200ms"), true, "run",
				job.toString());
		awaitCommitted(doomed, "doomed", 60);
		doomed.destroyForcibly().waitFor();
		Result run = result(manager);

		// then the run completes all the same, each slot written once, and the reports are a one-process run's
		assertThat(run.status()).as(run.out()).isZero();
		assertThat(run.out()).contains("KILLED: coverage");
		List<String> cutShort = started("doomed").stream().filter(started("survivor")::contains).toList();
		assertThat(cutShort).as("the killed worker's partition, taken up by the survivor").hasSize(1);
		assertThat(writtenOnce()).isTrue();
		assertSameReportsAsOneProcess(job, "KILLED");
	}

	@Test
	void aWorkerStoppedPartWayEndsItsChunkAndLeavesTheRestToAnother() throws Exception {
		// given a session and one slow worker
		Path job = session("STOPPED", 60);
		Process leaving = worker("leaving", List.of("langcov.chunk-size=5"));

		// when it is stopped (SIGTERM) once it has committed some slots of its partition
		Process manager = start(this.home.resolve("manager"),
				List.of("langcov.broker.partitions=2", "langcov.broker.poll-interval=200ms"), true, "run",
				job.toString());
		awaitCommitted(leaving, "leaving", 30);
		leaving.destroy();

		// then it leaves at once, its partition stopped after the chunk
		assertThat(leaving.waitFor(30, TimeUnit.SECONDS)).as("left").isTrue();
		assertThat(leaving.exitValue()).as("a worker stopped as asked ends cleanly").isZero();
		assertThat(log("leaving")).anyMatch((line) -> line.contains(") ended STOPPED"));

		// and another worker inspects the rest of it: the run completes, each slot written once
		worker("arriving", List.of());
		Result run = result(manager);
		assertThat(run.status()).as(run.out()).isZero();
		assertThat(started("leaving").stream().filter(started("arriving")::contains).toList())
				.as("the stopped partition, taken up by the other worker").hasSize(1);
		assertThat(writtenOnce()).isTrue();
	}

	@Test
	void aWorkerOrARunWithABrokerButADatabaseOfItsOwnSaysSoInOneLine() throws Exception {
		for (String command : List.of("worker", "run")) {
			Path installation = this.home.resolve(command);
			String[] args = command.equals("run")
					? new String[]{"run", ProcessFunctionalTests.session(this.home, "OWN", 2).toString()}
					: new String[]{"worker"};
			Process process = LangcovProcess.start(installation, List.of("langcov.broker.url=" + brokerUrl), false,
					args);
			Result result = result(process);
			assertThat(result.status()).as(command + ": " + result.err()).isEqualTo(2);
			assertThat(result.err()).as(command)
					.startsWith("langcov" + (command.equals("worker") ? " worker" : "")
							+ ": langcov.broker.url is set, but the run's database (jdbc:hsqldb:file:")
					.endsWith(") is not one the workers can share: point SPRING_DATASOURCE_URL at PostgreSQL for the"
							+ " run and its workers, or unset LANGCOV_BROKER_URL to run in one process"
							+ System.lineSeparator());
		}
	}

	@Test
	void aWorkerThatCannotReachTheBrokerSaysSoAndExitsOne() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", this.url, "SPRING_DATASOURCE_USERNAME",
				Postgres.USER, "SPRING_DATASOURCE_PASSWORD", "any", "LANGCOV_BROKER_URL", "tcp://127.0.0.1:" + closed);

		Result result = result(LangcovProcess.start(this.home, List.of(), environment, false, "worker"));

		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err())
				.startsWith("langcov worker: cannot reach the broker at tcp://127.0.0.1:" + closed + ": ")
				.endsWith("; details in " + this.home.resolve("output/.langcov/logs/langcov.log")
						+ System.lineSeparator())
				.hasLineCount(1);
	}

	@Test
	void aRunWithNoWorkerSaysSoExitsOneAndIsResumedByTheNextRun() throws Exception {
		// given a session, and no worker but one of another database on the same broker
		Path job = session("ALONE", 20);
		String runs = this.url;
		emptyDatabase();
		worker("elsewhere", List.of());
		this.url = runs;

		// when it is run through the broker
		Result alone = run(job, List.of("langcov.broker.worker-wait=3s", "langcov.broker.poll-interval=200ms"), false);

		// then it says so in one line and exits 1
		assertThat(alone.status()).as(alone.out()).isEqualTo(1);
		assertThat(alone.err()).contains("ALONE: the run failed: no worker took or advanced any of the run's"
				+ " partitions for 3s (1 not done; broker " + brokerUrl + ")");

		assertThat(log("elsewhere")).as("the other database's worker").noneMatch((line) -> line.contains("Inspecting"));

		// and once a worker is there, the next run resumes it
		worker("late", List.of());
		Result resumed = run(job, List.of(), false);
		assertThat(resumed.status()).as(resumed.out() + resumed.err()).isZero();
		assertThat(resumed.out()).contains("ALONE: coverage A 95% C 95% E 100% F 95% R 95% S 100% overall 96.7%")
				.contains("inspected by 1 worker on host").contains("resumed a run cut short");
		assertThat(writtenOnce()).isTrue();
	}

	/** A worker in an installation of its own, started and ready. */
	private Process worker(String name, List<String> properties) throws Exception {
		Process worker = start(this.home.resolve(name), properties, true, "worker");
		this.workers.add(worker);
		BufferedReader lines = ProcessFunctionalTests.lines(worker);
		String first = lines.readLine();
		assertThat(first).as("the worker's first line").startsWith("langcov worker: host ");
		return worker;
	}

	/** Waits until the run has this many slots committed and the worker a partition of its own. */
	private void awaitCommitted(Process worker, String name, int atLeast) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(until)) {
			try (Connection connection = connect();
					Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT COUNT(STATUS) FROM LC_SLOT")) {
				if (rs.next() && rs.getLong(1) >= atLeast && inspecting(name)) {
					return;
				}
			} catch (SQLException ex) {
				// the tables are not there yet
			}
			Thread.sleep(20);
		}
		throw new AssertionError(
				"worker " + worker.pid() + " took no partition, or the run has no " + atLeast + " slots done");
	}

	/** Whether the worker's log says it started a partition it has not finished. */
	private boolean inspecting(String name) throws IOException {
		List<String> log = log(name);
		return log.stream().filter((line) -> line.contains("Inspecting inspectSlotsPartition")).count() > log.stream()
				.filter((line) -> line.contains(") ended ")).count();
	}

	/** The partitions the worker's log says it started. */
	private List<String> started(String name) throws IOException {
		return log(name).stream().filter((line) -> line.contains("Inspecting inspectSlotsPartition"))
				.map((line) -> line.substring(line.indexOf("Inspecting "))).toList();
	}

	/** The partitions the worker's log says it completed. */
	private long inspectedPartitions(String name) throws IOException {
		return log(name).stream().filter((line) -> line.contains(") ended COMPLETED")).count();
	}

	private List<String> log(String name) throws IOException {
		Path log = this.home.resolve(name).resolve("output/.langcov/logs/langcov.log");
		return Files.exists(log) ? Files.readAllLines(log) : List.of();
	}

	private Result run(Path job, List<String> properties, boolean mergeErrors) throws Exception {
		return result(start(this.home.resolve("manager"), properties, mergeErrors, "run", job.toString()));
	}

	private static Result result(Process process) throws Exception {
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), out, err);
	}

	private Process start(Path installation, List<String> properties, boolean mergeErrors, String... args)
			throws IOException {
		Files.createDirectories(installation);
		Map<String, String> environment = new HashMap<>(Map.of("SPRING_DATASOURCE_URL", this.url,
				"SPRING_DATASOURCE_USERNAME", Postgres.USER, "SPRING_DATASOURCE_PASSWORD", "any"));
		environment.put("LANGCOV_BROKER_URL", brokerUrl);
		return LangcovProcess.start(installation, properties, environment, mergeErrors, args);
	}

	/**
	 * The session's documents, six languages each, but for a few: missing ones, an empty file and a cut-short one.
	 */
	private Path session(String session, int documents) throws IOException {
		Path job = ProcessFunctionalTests.session(this.home, session, documents);
		Path store = this.home.resolve("store");
		Files.delete(store.resolve("E_CN.7_2014_3-FR.pdf"));
		Files.delete(store.resolve("E_CN.7_2014_7-AR.pdf"));
		BrokenFiles.zeroBytes(store.resolve("E_CN.7_2014_11-ZH.pdf"));
		BrokenFiles.truncatedPdf(store.resolve("E_CN.7_2014_12-RU.pdf"));
		return job;
	}

	/** Runs the session again in one process, inspecting every file, and compares its reports with the last run's. */
	private void assertSameReportsAsOneProcess(Path job, String session) throws Exception {
		Path distributed = this.home.resolve("distributed.xlsx");
		Files.copy(this.home.resolve("out/" + session + "-coverage.xlsx"), distributed);
		Process alone = LangcovProcess.start(
				this.home.resolve("manager"), List.of(), Map.of("SPRING_DATASOURCE_URL", this.url,
						"SPRING_DATASOURCE_USERNAME", Postgres.USER, "SPRING_DATASOURCE_PASSWORD", "any"),
				true, "run", "--force", job.toString());
		Result one = result(alone);
		assertThat(one.status()).as(one.out()).isZero();
		try (Workbook expected = Sheets.open(this.home.resolve("out/" + session + "-coverage.xlsx"));
				Workbook actual = Sheets.open(distributed)) {
			for (String sheet : List.of("Summary", "Coverage", "Problems", "Files", "Rejected")) {
				int columns = sheet.equals("Summary") ? 7 : 11;
				assertThat(withoutRunTimes(Sheets.rows(actual.getSheet(sheet), columns))).as(sheet)
						.isEqualTo(withoutRunTimes(Sheets.rows(expected.getSheet(sheet), columns)));
			}
		}
	}

	private static List<List<String>> withoutRunTimes(List<List<String>> rows) {
		return rows.stream().filter((row) -> row.isEmpty() || !row.get(0).startsWith("Time of the run")).toList();
	}

	/**
	 * Whether every slot of the distributed runs has its result, and the partitions wrote as many results as there are
	 * slots with a file (those without one are staged with their result): none twice.
	 */
	private boolean writtenOnce() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			ResultSet slots = statement.executeQuery("SELECT COUNT(*), COUNT(STATUS),"
					+ " COUNT(CASE WHEN STATUS IN ('MISSING', 'NOT_EXPECTED') THEN 1 END) FROM LC_SLOT");
			slots.next();
			long all = slots.getLong(1);
			long done = slots.getLong(2);
			long staged = slots.getLong(3);
			ResultSet written = statement.executeQuery("SELECT COALESCE(SUM(WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION"
					+ " WHERE STEP_NAME LIKE 'inspectSlotsPartition:%'");
			written.next();
			assertThat(done).as("slots with a result").isEqualTo(all);
			assertThat(written.getLong(1)).as("results written by the partitions").isEqualTo(all - staged);
			return true;
		}
	}

	private long inspectedInLatestRun() throws SQLException {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM LC_SLOT"
						+ " WHERE RUN_ID = (SELECT MAX(RUN_ID) FROM LC_SLOT) AND INSPECTED")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, Postgres.USER, "");
	}

	private record Result(int status, String out, String err) {

	}

}
