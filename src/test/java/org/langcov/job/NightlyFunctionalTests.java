package org.langcov.job;

import org.langcov.store.Placeholders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.BrokenFiles;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.history.RunRepository;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly life of a session: runs that compare with the one before and reuse what they know.
 */
@LangcovFunctionalTest
class NightlyFunctionalTests {

	private static final String SESSION = "NIGHT";

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	RunRepository runs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRepository jobRepository;

	Path store;

	@BeforeEach
	void session() throws IOException {
		this.store = Files.createDirectories(this.dir.resolve("store"));
		for (Language language : Language.values()) {
			pdf(language, "E/CN.7/2014/1");
		}
		pdf(Language.ENGLISH, "E/CN.7/2014/2");
		BrokenFiles.truncatedPdf(this.store.resolve("E_CN.7_2014_2-FR.pdf"));
		Workbooks.workbook().row(1, "Symbol", "Title", "Languages")
				.row(2, "E/CN.7/2014/1", "Annotated provisional agenda", "all").row(3, "E/CN.7/2014/2", "Report", "E/F")
				.write(this.dir.resolve("register.xlsx"));
	}

	@Test
	void changesListTheSlotsWhoseStatusDiffersFromThePreviousSuccessfulRun() throws IOException {
		JobFile job = job();
		RunOutcome first = this.runner.run(job, false);
		try (Workbook workbook = Sheets.open(first.reports().get(0))) {
			assertThat(Sheets.rows(workbook.getSheet("Changes"), 4)).hasSize(2).last()
					.satisfies((row) -> assertThat(row.get(0)).contains("first run"));
		}

		Files.delete(this.store.resolve("E_CN.7_2014_1-RU.pdf"));
		pdf(Language.FRENCH, "E/CN.7/2014/2");
		RunOutcome second = this.runner.run(job, false);

		assertThat(second.changes()).isEqualTo(2);
		// counted by the reports as they listed them, and kept with the step
		StepExecution reports = this.jobRepository
				.getLastStepExecution(this.jobRepository.getLastJobInstance("coverage"), "writeReports");
		assertThat(reports.getExecutionContext().getLong(WriteReportsTasklet.CHANGES)).isEqualTo(2);
		try (Workbook workbook = Sheets.open(second.reports().get(0))) {
			assertThat(Sheets.rows(workbook.getSheet("Changes"), 4)).containsExactly(
					List.of("Symbol", "Language", "Before", "After"),
					List.of("E/CN.7/2014/1", "R", "AVAILABLE", "MISSING"),
					List.of("E/CN.7/2014/2", "F", "DAMAGED", "AVAILABLE"));
		}
		assertThat(this.runs.history(SESSION)).extracting((run) -> run.status().name()).containsExactly("COMPLETED",
				"COMPLETED");
		assertThat(this.runs.history(SESSION).get(0).summary().get(4).coverage()).isZero();
	}

	@Test
	void aRerunOpensNoUnchangedFileAndForceOpensEveryOne() throws IOException {
		JobFile job = job();
		this.runner.run(job, false);
		assertThat(inspectedInLatestRun()).isEqualTo(8);

		this.runner.run(job, false);
		assertThat(inspectedInLatestRun()).isZero();

		// replaced by a file of the same size: only the modification time tells
		Path english = this.store.resolve("E_CN.7_2014_2-EN.pdf");
		byte[] bytes = Files.readAllBytes(english);
		Files.write(english, bytes);
		Files.setLastModifiedTime(english, FileTime.fromMillis(Files.getLastModifiedTime(english).toMillis() + 5_000));
		RunOutcome third = this.runner.run(job, false);
		assertThat(inspectedInLatestRun()).isEqualTo(1);
		assertThat(third.changes()).isZero();

		this.runner.run(job, true);
		assertThat(inspectedInLatestRun()).isEqualTo(8);
	}

	@Test
	void aDocumentThatLeavesTheRegisterIsListedAsAChange() throws IOException {
		JobFile job = job();
		this.runner.run(job, false);
		Workbooks.workbook().row(1, "Symbol", "Title", "Languages")
				.row(2, "E/CN.7/2014/1", "Annotated provisional agenda", "all")
				.write(this.dir.resolve("register.xlsx"));

		RunOutcome second = this.runner.run(job, false);

		assertThat(second.changes()).isEqualTo(2);
		try (Workbook workbook = Sheets.open(second.reports().get(0))) {
			assertThat(Sheets.rows(workbook.getSheet("Changes"), 4)).containsExactly(
					List.of("Symbol", "Language", "Before", "After"), List.of("E/CN.7/2014/2", "E", "AVAILABLE", ""),
					List.of("E/CN.7/2014/2", "F", "DAMAGED", ""));
		}
	}

	@Test
	void aResultOfAnEarlierVersionOfTheInspectionIsNotReusedAndIsReplaced() throws IOException {
		JobFile job = job();
		this.runner.run(job, false);
		String path = this.store.resolve("E_CN.7_2014_2-EN.pdf").toAbsolutePath().normalize().toString();
		// what the rules before version 2 wrote: no version in the context, a verdict since mended
		this.jdbc.update("INSERT INTO LC_FILE (PATH, CONTEXT, BYTES, MODIFIED_MILLIS, STATUS, DETAIL)"
				+ " SELECT PATH, 'E|E/CN.7/2014/2', BYTES, MODIFIED_MILLIS, 'DAMAGED', 'cannot be parsed: old rules'"
				+ " FROM LC_FILE WHERE PATH = ?", path);
		this.jdbc.update("DELETE FROM LC_FILE WHERE PATH = ? AND CONTEXT <> 'E|E/CN.7/2014/2'", path);

		RunOutcome second = this.runner.run(job, false);

		assertThat(inspectedInLatestRun()).isEqualTo(1);
		assertThat(second.changes()).isZero();
		assertThat(this.jdbc.queryForList("SELECT CONTEXT FROM LC_FILE WHERE PATH = ?", String.class, path))
				.containsExactly("r2|E|E/CN.7/2014/2");
	}

	private int inspectedInLatestRun() {
		long run = this.runs.history(SESSION).get(0).run();
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND INSPECTED", Integer.class,
				run);
	}

	private JobFile job() throws IOException {
		Path file = this.dir.resolve(SESSION + ".yml");
		Files.writeString(file, """
				session: %s
				register: register.xlsx
				documents: store
				output: out
				""".formatted(SESSION));
		return new JobFileReader().read(file);
	}

	private void pdf(Language language, String symbol) {
		UnDocumentPdf.of(language, symbol)
				.writeTo(this.store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, symbol, language)));
	}

}
