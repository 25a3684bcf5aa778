package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.history.RunHistory;
import org.langcov.history.RunRepository;
import org.langcov.history.TimelinessRepository;
import org.langcov.job.TimelinessFunctionalTests.DayClock;
import org.langcov.store.Placeholders;
import org.langcov.timeliness.OnTime;
import org.langcov.vocabulary.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Retention over nights played with a test clock: the detail of runs older than {@code langcov.retention} goes, their
 * figures stay in {@code history}, and what Changes, Available since and timeliness need survives.
 */
@LangcovFunctionalTest
@Import(TimelinessFunctionalTests.Days.class)
@TestPropertySource(properties = "langcov.retention=10d")
class RetentionFunctionalTests {

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	RunRepository runs;

	@Autowired
	TimelinessRepository timeliness;

	@Autowired
	Retention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DayClock clock;

	Path store;

	@BeforeEach
	void session() throws IOException {
		this.store = Files.createDirectories(this.dir.resolve("store"));
		Workbooks.workbook().row(1, "Symbol", "Languages").row(2, "E/CN.7/2014/1", "E").row(3, "E/CN.7/2014/2", "E")
				.row(4, "E/CN.7/2014/3", "E").write(this.dir.resolve("register.xlsx"));
		pdf("E/CN.7/2014/1");
		pdf("E/CN.7/2014/2");
	}

	@Test
	void eachRunDropsTheDetailOfItsSessionsOldRunsAndHistoryKeepsTheirFigures() throws IOException {
		// given a session run every night for 20 nights, its third document there from the 5th
		JobFile job = job("KEPT");
		List<OnTime> firstOnTime = null;
		String firstLine = null;
		RunOutcome last = null;
		for (int night = 1; night <= 20; night++) {
			this.clock.day("2014-01-%02d".formatted(night));
			if (night == 5) {
				Files.setLastModifiedTime(pdf("E/CN.7/2014/3"), FileTime.from(Instant.parse("2014-01-04T20:00:00Z")));
			}
			last = this.runner.run(job, false);
			assertThat(last.result()).isEqualTo(RunOutcome.Result.COMPLETED);
			if (night == 1) {
				RunHistory first = this.runs.history("KEPT").get(0);
				firstOnTime = this.timeliness.onTime(first.run());
				firstLine = first.summary().toString();
			}
		}

		// then only the runs of the last ten days keep their slots
		List<RunHistory> history = this.runs.history("KEPT");
		assertThat(history).hasSize(20);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(DISTINCT RUN_ID) FROM LC_SLOT", Integer.class)).isEqualTo(10);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_PRUNED", Integer.class)).isEqualTo(10);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class))
				.as("Spring Batch's record of the pruned runs goes too").isEqualTo(10);
		// and the oldest still has its coverage and its on-time share in history
		RunHistory first = history.get(19);
		assertThat(first.summary().toString()).isEqualTo(firstLine);
		assertThat(first.summary().get(6).available()).isEqualTo(2);
		assertThat(firstOnTime).isNotEmpty();
		assertThat(this.timeliness.onTime(first.run())).isEqualTo(firstOnTime);
		// and the last run's Available since goes back to the night the file came, whose detail is gone
		try (Workbook workbook = Sheets.open(last.reports().get(0))) {
			assertThat(Sheets.rows(workbook.getSheet("Files"), 11)).anySatisfy((row) -> {
				assertThat(row.subList(0, 2)).containsExactly("E/CN.7/2014/3", "E");
				assertThat(row.get(10)).isEqualTo("2014-01-05");
			});
		}
		assertThat(last.changes()).isZero();
	}

	@Test
	void aSessionsLatestCompletedRunIsKeptInFullHoweverOld() throws IOException {
		// given a session run twice long ago, then a run of it that failed
		JobFile old = job("OLD");
		this.clock.day("2014-01-01");
		assertThat(this.runner.run(old, false).result()).isEqualTo(RunOutcome.Result.COMPLETED);
		this.clock.day("2014-01-02");
		this.runner.run(old, false);
		Workbooks.workbook().row(1, "Symbol", "Languages").write(this.dir.resolve("register.xlsx"));
		this.clock.day("2014-01-03");
		assertThat(this.runner.run(old, false).result()).isNotEqualTo(RunOutcome.Result.COMPLETED);
		long completed = this.runs.history("OLD").get(1).run();

		// when the retention is applied to every session a year later
		this.clock.day("2014-12-31");
		this.retention.prune(null);

		// then the older completed run goes, the latest completed one keeps its slots for the next run's Changes
		assertThat(this.jdbc.queryForList("SELECT DISTINCT RUN_ID FROM LC_SLOT", Long.class))
				.containsExactly(completed);
		assertThat(this.runs.previousSuccessful("OLD", Long.MAX_VALUE)).contains(completed);
		assertThat(this.runs.history("OLD")).extracting(RunHistory::status).extracting(Enum::name)
				.containsExactly("FAILED", "COMPLETED", "COMPLETED");
		assertThat(this.runs.history("OLD").get(2).summary()).isNotEmpty();
	}

	private JobFile job(String session) throws IOException {
		Path file = this.dir.resolve(session + ".yml");
		Files.writeString(file, """
				session: %s
				register: register.xlsx
				documents: store
				output: out
				opens: 2014-03-13
				""".formatted(session));
		return new JobFileReader().read(file);
	}

	private Path pdf(String symbol) {
		Path file = this.store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, symbol, Language.ENGLISH));
		UnDocumentPdf.of(Language.ENGLISH, symbol).writeTo(file);
		return file;
	}

}
