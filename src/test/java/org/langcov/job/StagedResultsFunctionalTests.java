package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.LangcovApplication;
import org.langcov.fixtures.CleanDatabase;
import org.langcov.fixtures.Sheets;
import org.langcov.history.RunRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A slot whose result is known without opening its file, because it has none or the cache knows the file unchanged, is
 * staged with that result and not inspected: an unchanged rerun has nothing left to inspect, and reports what the first
 * run did.
 */
class StagedResultsFunctionalTests {

	private static final int DOCUMENTS = 12;

	@TempDir
	Path dir;

	ConfigurableApplicationContext context;

	@BeforeEach
	void session() throws IOException {
		MixedSession.write(this.dir, DOCUMENTS);
		Files.writeString(this.dir.resolve("staged.yml"), """
				session: STAGED
				register: register.xlsx
				documents: store
				output: out
				""");
		this.context = new SpringApplicationBuilder(LangcovApplication.class).profiles("test").run();
		CleanDatabase.clean(this.context);
	}

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void aSlotWithoutAFileIsStagedWithItsResultAndNotInspected() throws IOException {
		// when a first run goes over the store
		long run = run(false);

		// then the slots with a file were inspected, those without were staged missing (or not expected)
		long files = count("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND INSPECTED", run);
		assertThat(inspected(run)).isEqualTo(files);
		assertThat(
				count("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND STATUS IN ('MISSING', 'NOT_EXPECTED')", run))
				.isEqualTo(DOCUMENTS * 6L - files).isPositive();
	}

	@Test
	void anUnchangedRerunInspectsNothingAndReportsWhatTheFirstRunDid() throws IOException {
		// given a first run
		run(false);
		Map<String, List<List<String>>> first = reports();

		// when the session runs again over the same store
		long rerun = run(false);

		// then every slot was staged with its result: nothing was left to inspect, nothing opened
		assertThat(inspected(rerun)).isZero();
		assertThat(count("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND (STATUS IS NULL OR INSPECTED)", rerun))
				.isZero();
		assertThat(reports()).isEqualTo(first);
	}

	@Test
	void aFileChangedSinceIsInspectedAgain() throws IOException {
		// given a first run, then a file touched
		run(false);
		Path touched = this.dir.resolve("store/E_CN.7_2014_1-EN.pdf");
		assertThat(touched).exists();
		Files.setLastModifiedTime(touched, FileTime.from(Instant.now().plusSeconds(60)));

		// when the session runs again
		long rerun = run(false);

		// then that file alone was inspected
		assertThat(inspected(rerun)).isOne();
		assertThat(Long.valueOf(this.context.getBean(JdbcTemplate.class).queryForObject(
				"SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND INSPECTED AND LOCATION = ?", Long.class, rerun,
				"E_CN.7_2014_1-EN.pdf"))).isOne();
	}

	@Test
	void aForcedRunInspectsEveryFileAgain() throws IOException {
		// given a first run
		long first = run(false);

		// when the session runs again with --force
		long forced = run(true);

		// then every file was opened again, and only the slots without one were staged with their result
		assertThat(inspected(forced))
				.isEqualTo(count("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND INSPECTED", first)).isPositive();
	}

	private long run(boolean force) throws IOException {
		RunOutcome outcome = this.context.getBean(CoverageRunner.class)
				.run(new JobFileReader().read(this.dir.resolve("staged.yml")), force);
		assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		return this.context.getBean(RunRepository.class).history("STAGED").get(0).run();
	}

	/** Slots the inspect step wrote. */
	private long inspected(long run) {
		return count("SELECT SUM(s.WRITE_COUNT) FROM BATCH_STEP_EXECUTION s"
				+ " JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID"
				+ " WHERE s.STEP_NAME = 'inspectSlots' AND j.JOB_INSTANCE_ID = ?", run);
	}

	private long count(String sql, long run) {
		Long count = this.context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class, run);
		return (count != null) ? count : 0;
	}

	private Map<String, List<List<String>>> reports() throws IOException {
		try (Workbook workbook = Sheets.open(this.dir.resolve("out/STAGED-coverage.xlsx"))) {
			return Map.of("Coverage", Sheets.rows(workbook.getSheet("Coverage"), 9), "Problems",
					Sheets.rows(workbook.getSheet("Problems"), 5), "Files",
					Sheets.rows(workbook.getSheet("Files"), 11));
		}
	}

}
