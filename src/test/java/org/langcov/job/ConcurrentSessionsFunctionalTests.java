package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.Sheets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs of different sessions go side by side: two sessions over the same store, run at once, each end with the reports
 * it would have had alone, though both write what they learn of the same files.
 */
@LangcovFunctionalTest
@TestPropertySource(properties = "langcov.chunk-size=7")
class ConcurrentSessionsFunctionalTests {

	private static final int DOCUMENTS = 40;

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoSessionsRunAtOnceBothCompleteWithTheReportsOfARunAlone() throws Exception {
		// HSQLDB locks whole tables, and Spring Batch's job repository then deadlocks now and then when one session
		// creates a step while the other commits a chunk (one run rolled back, twice in five CI runs). Two sessions
		// never run at once on HSQLDB in use: its file database belongs to one process, which runs sessions one after
		// another.
		String url = this.jdbc.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getURL());
		Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"),
				"sessions side by side are a shared PostgreSQL's: ConcurrentSessionsOnPostgresFunctionalTests");
		// given two sessions with the same documents in one store
		store();
		JobFile first = job("SIDEA");
		JobFile second = job("SIDEB");

		// when both run at once
		CyclicBarrier start = new CyclicBarrier(2);
		CompletableFuture<RunOutcome> a = CompletableFuture.supplyAsync(() -> runAfter(start, first));
		CompletableFuture<RunOutcome> b = CompletableFuture.supplyAsync(() -> runAfter(start, second));
		RunOutcome outcomeA = a.get(5, TimeUnit.MINUTES);
		RunOutcome outcomeB = b.get(5, TimeUnit.MINUTES);

		// then both complete, side by side, and hold no lock any more
		assertThat(outcomeA.result()).as(outcomeA.message()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(outcomeB.result()).as(outcomeB.message()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION a, BATCH_JOB_EXECUTION b"
				+ " WHERE a.JOB_EXECUTION_ID < b.JOB_EXECUTION_ID AND a.START_TIME < b.END_TIME"
				+ " AND b.START_TIME < a.END_TIME", Integer.class)).as("runs that overlapped").isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_LOCK", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_FILE", Integer.class))
				.as("one cache row per file, though both wrote them").isEqualTo(filesInStore());
		Map<String, List<List<String>>> sheetsA = sheets("SIDEA");
		Map<String, List<List<String>>> sheetsB = sheets("SIDEB");
		assertThat(sheetsB).isEqualTo(sheetsA);
		assertThat(sheetsA.get("Files")).hasSize(1 + DOCUMENTS * 6);

		// and equal those of a run alone that inspects every file again
		RunOutcome alone = this.runner.run(first, true);
		assertThat(alone.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(outcomeA.summary()).isEqualTo(alone.summary());
		assertThat(outcomeB.summary()).isEqualTo(alone.summary());
		assertThat(sheets("SIDEA")).isEqualTo(sheetsA);
	}

	private RunOutcome runAfter(CyclicBarrier start, JobFile job) {
		try {
			start.await(1, TimeUnit.MINUTES);
		} catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return this.runner.run(job, false);
	}

	private void store() throws IOException {
		MixedSession.write(this.dir, DOCUMENTS);
	}

	private int filesInStore() throws IOException {
		try (Stream<Path> files = Files.list(this.dir.resolve("store"))) {
			return (int) files.count();
		}
	}

	private JobFile job(String session) throws IOException {
		Path file = this.dir.resolve(session + ".yml");
		Files.writeString(file, """
				session: %s
				register: register.xlsx
				documents: store
				output: out-%s
				""".formatted(session, session));
		return new JobFileReader().read(file);
	}

	private Map<String, List<List<String>>> sheets(String session) throws IOException {
		try (Workbook workbook = Sheets.open(this.dir.resolve("out-" + session + "/" + session + "-coverage.xlsx"))) {
			return Map.of("Coverage", Sheets.rows(workbook.getSheet("Coverage"), 9), "Problems",
					Sheets.rows(workbook.getSheet("Problems"), 5), "Files",
					Sheets.rows(workbook.getSheet("Files"), 11));
		}
	}

}
