package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.LangcovApplication;
import org.langcov.fixtures.CleanDatabase;
import org.langcov.fixtures.Sheets;
import org.langcov.history.RunRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Parallel inspection changes how fast a run is, never what it finds. */
class ParallelismFunctionalTests {

	private static final int DOCUMENTS = 40;

	@TempDir
	Path dir;

	@Test
	void oneThreadAndFourThreadsWriteTheSameReportsAndEachSlotOnce() throws IOException {
		MixedSession.write(this.dir, DOCUMENTS);

		Map<String, List<List<String>>> one = run(1);
		Map<String, List<List<String>>> four = run(4);

		assertThat(four).isEqualTo(one);
		assertThat(one.get("Files")).hasSize(1 + DOCUMENTS * 6);
	}

	private Map<String, List<List<String>>> run(int parallelism) throws IOException {
		String session = "PAR" + parallelism;
		Path jobFile = this.dir.resolve(session + ".yml");
		Files.writeString(jobFile, """
				session: %s
				register: register.xlsx
				documents: store
				output: out
				""".formatted(session));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LangcovApplication.class)
				.profiles("test").run("--langcov.parallelism=" + parallelism, "--langcov.chunk-size=7")) {
			// from an empty database: or the second run would take every result from the first's cache
			CleanDatabase.clean(context);
			RunOutcome outcome = context.getBean(CoverageRunner.class).run(new JobFileReader().read(jobFile), false);
			assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long run = context.getBean(RunRepository.class).history(session).get(0).run();
			assertThat(context.getBean(ThreadPoolTaskExecutor.class).getMaxPoolSize()).isEqualTo(parallelism);
			assertThat(jdbc.queryForObject("SELECT SUM(s.WRITE_COUNT) FROM BATCH_STEP_EXECUTION s"
					+ " JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID"
					+ " WHERE s.STEP_NAME = 'inspectSlots' AND j.JOB_INSTANCE_ID = ?", Long.class, run))
					.as("slots written: those with a file; those without were staged with their result")
					.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND INSPECTED",
							Long.class, run))
					.isBetween(1L, DOCUMENTS * 6L - 1);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND STATUS IS NULL",
					Long.class, run)).isZero();
		}
		try (Workbook workbook = Sheets.open(this.dir.resolve("out/" + session + "-coverage.xlsx"))) {
			return Map.of("Coverage", Sheets.rows(workbook.getSheet("Coverage"), 9), "Problems",
					Sheets.rows(workbook.getSheet("Problems"), 5), "Files",
					Sheets.rows(workbook.getSheet("Files"), 11));
		}
	}

}
