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

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.LangcovFunctionalTest;
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
				List.of("E/CN.7/2014/2", "E", "2014-02-20", "", "overdue by 28 days"));
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

	private List<List<String>> timeliness(RunOutcome outcome) throws IOException {
		assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		try (Workbook workbook = Sheets.open(outcome.reports().get(0))) {
			return Sheets.rows(workbook.getSheet("Timeliness"), 5).stream().filter((row) -> !row.get(0).isEmpty())
					.toList();
		}
	}

	private JobFile job() throws IOException {
		Path file = this.dir.resolve(SESSION + ".yml");
		Files.writeString(file, """
				session: %s
				register: register.xlsx
				documents: store
				output: out
				opens: 2014-03-13
				""".formatted(SESSION));
		return new JobFileReader().read(file);
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
