package org.langcov.job;

import org.langcov.store.Placeholders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.timeliness.OnTime;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.history.RunRecord;
import org.langcov.history.RunRepository;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A session watched before its deadline, between the deadline and the opening, and after it: the Timeliness sheet of
 * each run, on days set by a clock the test moves.
 */
@LangcovFunctionalTest
class TimelinessFunctionalTests {

	private static final String SESSION = "TIMELY";

	private static final List<String> HEADER = List.of("Symbol", "Language", "Due", "Available since", "Verdict");

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	DayClock clock;

	@Autowired
	RunRepository runs;

	@Autowired
	JobRepository jobRepository;

	Path store;

	@BeforeEach
	void session() throws IOException {
		this.store = Files.createDirectories(this.dir.resolve("store"));
		// E/CN.7/2014/1 is due six weeks before 13 March, on 30 January; E/CN.7/2014/2 has its own Deadline
		Workbooks.workbook().row(1, "Symbol", "Languages", "Deadline").row(2, "E/CN.7/2014/1", "E/F")
				.row(3, "E/CN.7/2014/2", "E", "20 February 2014").write(this.dir.resolve("register.xlsx"));
		Files.setLastModifiedTime(pdf(Language.ENGLISH, "E/CN.7/2014/1"),
				FileTime.from(Instant.parse("2014-01-10T09:00:00Z")));
	}

	@Test
	void theTimelinessSheetFollowsTheSessionFromBeforeTheDeadlineToAfterTheSession() throws IOException {
		JobFile job = job();

		this.clock.day("2014-01-20");
		RunOutcome before = this.runner.run(job, false);
		assertThat(timeliness(before)).containsExactly(HEADER,
				List.of("E/CN.7/2014/1", "E", "2014-01-30", "2014-01-10", "on time"),
				List.of("E/CN.7/2014/1", "F", "2014-01-30", "", "not yet due"),
				List.of("E/CN.7/2014/2", "E", "2014-02-20", "", "not yet due"));
		assertThat(before.onTime().get(6).share()).isEqualTo(1.0);

		this.clock.day("2014-02-03");
		pdf(Language.FRENCH, "E/CN.7/2014/1");
		RunOutcome between = this.runner.run(job, false);
		assertThat(timeliness(between)).containsExactly(HEADER,
				List.of("E/CN.7/2014/1", "E", "2014-01-30", "2014-01-10", "on time"),
				List.of("E/CN.7/2014/1", "F", "2014-01-30", "2014-02-03", "late by 4 days"),
				List.of("E/CN.7/2014/2", "E", "2014-02-20", "", "not yet due"));

		this.clock.day("2014-03-20");
		RunOutcome after = this.runner.run(job, false);
		assertThat(timeliness(after)).containsExactly(HEADER,
				List.of("E/CN.7/2014/1", "E", "2014-01-30", "2014-01-10", "on time"),
				List.of("E/CN.7/2014/1", "F", "2014-01-30", "2014-02-03", "late by 4 days"),
				// missing after the session opened: no longer an overdue count that grows every night
				List.of("E/CN.7/2014/2", "E", "2014-02-20", "", "not available at the opening"));
		assertThat(after.onTime().get(6).share()).isEqualTo(1.0 / 3);
		try (Workbook workbook = Sheets.open(after.reports().get(0))) {
			assertThat(workbook.getSheetAt(workbook.getNumberOfSheets() - 1).getSheetName()).isEqualTo("Timeliness");
			assertThat(workbook.getSheetName(workbook.getNumberOfSheets() - 2)).isEqualTo("Rejected");
			assertThat(Sheets.rows(workbook.getSheet("Files"), 11)).anySatisfy((row) -> {
				assertThat(row.subList(0, 2)).containsExactly("E/CN.7/2014/1", "E");
				assertThat(row.get(3)).contains("available since the file's date");
				assertThat(row.get(10)).isEqualTo("2014-01-10");
			});
		}
	}

	@Test
	void asOfAnEarlierDayGivesTheVerdictsOfThatDay() throws IOException {
		JobFile job = job();
		this.clock.day("2014-01-20");
		this.runner.run(job, false);
		this.clock.day("2014-02-03");
		pdf(Language.FRENCH, "E/CN.7/2014/1");
		this.runner.run(job, false);

		this.clock.day("2014-03-20");
		RunOutcome asOf = this.runner.run(job, false, LocalDate.of(2014, 2, 1));

		assertThat(timeliness(asOf)).containsExactly(HEADER,
				List.of("E/CN.7/2014/1", "E", "2014-01-30", "2014-01-10", "on time"),
				List.of("E/CN.7/2014/1", "F", "2014-01-30", "2014-02-03", "overdue by 2 days"),
				List.of("E/CN.7/2014/2", "E", "2014-02-20", "", "not yet due"));
	}

	@Test
	void inSessionPapersHaveNoDeadlineAndTheJobsDueRulesDecideTheRest() throws IOException {
		// given a conference room paper and an NGO statement (exempt by default), an L. draft the job makes due at the
		// opening, and a report whose rule is two weeks before it
		Workbooks.workbook().row(1, "Symbol", "Languages").row(2, "E/CN.7/2014/CRP.1", "E")
				.row(3, "E/CN.7/2014/NGO/1", "E").row(4, "E/CN.7/2014/L.1", "E/F").row(5, "E/CN.7/2014/3", "E")
				.write(this.dir.resolve("register.xlsx"));
		pdf(Language.ENGLISH, "E/CN.7/2014/L.1");
		JobFile job = job("""
				due:
				  - symbols: "*/L.*"
				    due: opening
				  - symbols: "*/2014/3"
				    due: 2 weeks before
				""");

		// when it runs on the day the session opens
		this.clock.day("2014-03-13");
		RunOutcome opening = this.runner.run(job, false);

		// then
		assertThat(timeliness(opening)).containsExactly(HEADER,
				List.of("E/CN.7/2014/CRP.1", "E", "none", "", "no deadline"),
				List.of("E/CN.7/2014/NGO/1", "E", "none", "", "no deadline"),
				List.of("E/CN.7/2014/L.1", "E", "2014-03-13", "2014-03-13", "on time"),
				List.of("E/CN.7/2014/L.1", "F", "2014-03-13", "", "not yet due"),
				List.of("E/CN.7/2014/3", "E", "2014-02-27", "", "overdue by 14 days"));
		assertThat(opening.onTime().get(6)).isEqualTo(new OnTime(null, 1, 0, 1, 0, 1, 2));

		// when it runs again a week into the session and a month after it, nothing having come
		this.clock.day("2014-03-20");
		RunOutcome week = this.runner.run(job, false);
		this.clock.day("2014-04-20");
		RunOutcome month = this.runner.run(job, false);

		// then the versions due by the opening read so, and stay so
		List<List<String>> expected = List.of(HEADER, List.of("E/CN.7/2014/CRP.1", "E", "none", "", "no deadline"),
				List.of("E/CN.7/2014/NGO/1", "E", "none", "", "no deadline"),
				List.of("E/CN.7/2014/L.1", "E", "2014-03-13", "2014-03-13", "on time"),
				List.of("E/CN.7/2014/L.1", "F", "2014-03-13", "", "not available at the opening"),
				List.of("E/CN.7/2014/3", "E", "2014-02-27", "", "not available at the opening"));
		assertThat(timeliness(week)).isEqualTo(expected);
		assertThat(timeliness(month)).isEqualTo(expected);
		assertThat(month.onTime().get(6)).isEqualTo(new OnTime(null, 1, 0, 0, 2, 0, 2));
		try (Workbook workbook = Sheets.open(month.reports().get(0))) {
			assertThat(Sheets.rows(workbook.getSheet("Timeliness"), 15).get(0)).containsSubsequence("Overdue",
					"Not at opening", "Not yet due", "No deadline", "On time (%)");
		}
		String pdf = pdfText(month.reports().get(1));
		assertThat(pdf).contains("Not at opening", "No deadline", "not available at the opening");
	}

	@Test
	void anAsOfRunLeavesTheHistorySoTheNextRunComparesWithTheRunBeforeIt() throws IOException {
		// given a run that found the English version, which then goes
		JobFile job = job();
		this.clock.day("2014-02-03");
		RunOutcome first = this.runner.run(job, false);
		Files.delete(
				this.store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, "E/CN.7/2014/1", Language.ENGLISH)));

		// when the session is judged as of an earlier day, and then run again
		this.clock.day("2014-02-04");
		RunOutcome asOf = this.runner.run(job, false, LocalDate.of(2014, 1, 25));
		this.clock.day("2014-02-05");
		RunOutcome next = this.runner.run(job, false);

		// then the as-of run saw the change and has reports of its own
		assertThat(asOf.changes()).isEqualTo(1);
		assertThat(asOf.reports()).containsExactly(job.output().resolve(SESSION + "-coverage-as-of-2014-01-25.xlsx"),
				job.output().resolve(SESSION + "-coverage-as-of-2014-01-25.pdf"),
				job.output().resolve(SESSION + "-coverage-as-of-2014-01-25.html"));
		assertThat(asOf.message()).isEqualTo("as of 2014-01-25, not kept in the history");
		// and the next run still compares with the first: the as-of run is not in the history
		assertThat(next.changes()).isEqualTo(1);
		assertThat(next.reports()).isEqualTo(first.reports());
		assertThat(this.runs.history(SESSION)).hasSize(2);
		try (Workbook workbook = Sheets.open(next.reports().get(0))) {
			assertThat(Sheets.rows(workbook.getSheet("Changes"), 4))
					.anySatisfy((row) -> assertThat(row).startsWith("E/CN.7/2014/1", "E", "AVAILABLE", "MISSING"));
		}
	}

	@Test
	void anAsOfRunCutShortIsForgottenNotResumed() throws IOException {
		// given an as-of run that a killed process left started, and never ended
		JobFile job = job();
		this.clock.day("2014-02-03");
		JobInstance cutShort = asOfRunLeftRunning(job, Instant.parse("2014-02-02T12:00:00Z"));

		// when the session runs again
		RunOutcome outcome = this.runner.run(job, false);

		// then a run of its own day starts afresh, and the history holds only it
		assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(outcome.resumed()).isFalse();
		assertThat(outcome.reports().get(0).getFileName()).hasToString(SESSION + "-coverage.xlsx");
		assertThat(this.runs.history(SESSION)).singleElement()
				.satisfies((run) -> assertThat(run.run()).isNotEqualTo(cutShort.getInstanceId()));
	}

	@Test
	void withoutOpensOrDeadlineThereIsNoTimelinessSheet() throws IOException {
		Workbooks.workbook().row(1, "Symbol", "Languages").row(2, "E/CN.7/2014/1", "E")
				.write(this.dir.resolve("register.xlsx"));
		Path file = this.dir.resolve(SESSION + ".yml");
		Files.writeString(file, "session: " + SESSION + "\nregister: register.xlsx\ndocuments: store\noutput: out\n");
		this.clock.day("2014-01-20");

		RunOutcome outcome = this.runner.run(new JobFileReader().read(file), false);

		assertThat(outcome.onTime()).isEmpty();
		try (Workbook workbook = Sheets.open(outcome.reports().get(0))) {
			assertThat(workbook.getSheet("Timeliness")).isNull();
		}
	}

	private JobInstance asOfRunLeftRunning(JobFile job, Instant started) {
		JobParameters parameters = new JobParametersBuilder().addString(CoverageRunner.SESSION, SESSION)
				.addString(CoverageRunner.STARTED, started.toString())
				.addString(CoverageRunner.JOB_FILE, job.file().toString(), false)
				.addString(CoverageRunner.FORCE, "false", false).addString(CoverageRunner.AS_OF, "2014-01-20", false)
				.addString(AsOfRun.PARAMETER, "true", false).toJobParameters();
		JobInstance instance = this.jobRepository.createJobInstance("coverage", parameters);
		JobExecution execution = this.jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(started.atZone(ZoneOffset.UTC).toLocalDateTime());
		this.jobRepository.update(execution);
		this.runs.start(instance.getInstanceId(), new RunRecord(SESSION, SESSION, job.file().toString(),
				job.register().toString(), job.documents(), job.output().toString(), started));
		return instance;
	}

	private List<List<String>> timeliness(RunOutcome outcome) throws IOException {
		assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		try (Workbook workbook = Sheets.open(outcome.reports().get(0))) {
			return Sheets.rows(workbook.getSheet("Timeliness"), 5).stream().filter((row) -> !row.get(0).isEmpty())
					.toList();
		}
	}

	private JobFile job() throws IOException {
		return job("");
	}

	private JobFile job(String more) throws IOException {
		Path file = this.dir.resolve(SESSION + ".yml");
		Files.writeString(file, """
				session: %s
				register: register.xlsx
				documents: store
				output: out
				opens: 2014-03-13
				""".formatted(SESSION) + more);
		return new JobFileReader().read(file);
	}

	private static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private Path pdf(Language language, String symbol) {
		Path file = this.store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, symbol, language));
		UnDocumentPdf.of(language, symbol).writeTo(file);
		return file;
	}

	/**
	 * A clock the test sets to noon of a day, a minute later on each reading of the same day.
	 */
	static final class DayClock extends Clock {

		private Instant now = Instant.parse("2014-01-01T12:00:00Z");

		void day(String day) {
			this.now = LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public synchronized Instant instant() {
			// every run starts at its own instant, so that each is a new job instance
			this.now = this.now.plusSeconds(1);
			return this.now;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Days {

		@Bean
		@Primary
		DayClock dayClock() {
			return new DayClock();
		}

	}

}
