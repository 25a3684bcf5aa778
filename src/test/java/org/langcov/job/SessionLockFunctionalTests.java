package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.history.RunRecord;
import org.langcov.history.RunRepository;
import org.langcov.history.SessionBusyException;
import org.langcov.history.SessionLock;
import org.langcov.history.SessionLocks;
import org.langcov.store.Placeholders;
import org.langcov.vocabulary.Language;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run per session at a time: a second one is refused before it touches the run, and what a process that died left
 * (its lock row, its run marked as running) is taken over and resumed by the next run.
 */
@LangcovFunctionalTest
class SessionLockFunctionalTests {

	private static final String SESSION = "LOCKED";

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	SessionLocks locks;

	@Autowired
	RunRepository runs;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	JobFile job;

	@BeforeEach
	void session() throws IOException {
		Path store = Files.createDirectories(this.dir.resolve("store"));
		for (Language language : Language.values()) {
			UnDocumentPdf.of(language, "E/CN.7/2014/1")
					.writeTo(store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, "E/CN.7/2014/1", language)));
		}
		Workbooks.workbook().row(1, "Symbol", "Title").row(2, "E/CN.7/2014/1", "Provisional agenda")
				.write(this.dir.resolve("register.xlsx"));
		Path file = this.dir.resolve("locked.yml");
		Files.writeString(file, "session: " + SESSION + "\nregister: register.xlsx\ndocuments: store\noutput: out\n");
		this.job = new JobFileReader().read(file);
	}

	@Test
	void aRunOfASessionBeingRunIsRefusedBeforeItTouchesTheRun() throws SessionBusyException {
		try (SessionLock held = this.locks.take(SESSION)) {
			RunOutcome outcome = this.runner.run(this.job, false);

			assertThat(outcome.result()).isEqualTo(RunOutcome.Result.BUSY);
			assertThat(outcome.message())
					.startsWith(SESSION + " is being run by process " + ProcessHandle.current().pid() + " on host ");
			assertThat(this.runs.history(SESSION)).isEmpty();
			assertThat(this.jobRepository.getJobInstances("coverage", 0, 10)).isEmpty();
		}
		assertThat(this.runner.run(this.job, false).result()).isEqualTo(RunOutcome.Result.COMPLETED);
	}

	@Test
	void aLockLeftByAProcessThatDiedDoesNotBlockTheNextRunWhichResumesItsRun() throws Exception {
		// given a process that died running the session: its lock row, and its run still marked as running
		Process dead = new ProcessBuilder("true").start();
		dead.waitFor();
		Instant started = Instant.now().minus(3, ChronoUnit.HOURS);
		this.jdbc.update("INSERT INTO LC_LOCK (SESSION_ID, HOLDER_PID, HOST, SINCE, TOKEN) VALUES (?, ?, ?, ?, ?)",
				SESSION, dead.pid(), "lost-machine", Timestamp.from(started), "left-behind");
		JobInstance cutShort = leftRunning(started);

		// when the session runs again
		RunOutcome outcome = this.runner.run(this.job, false);

		// then it takes the session over, resumes the run and lets the session go at the end
		assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(outcome.resumed()).isTrue();
		assertThat(this.runs.history(SESSION)).singleElement()
				.satisfies((run) -> assertThat(run.run()).isEqualTo(cutShort.getInstanceId()));
		assertThat(this.jobRepository.getJobExecutions(cutShort)).hasSize(2);
		assertThat(this.jdbc.queryForList("SELECT SESSION_ID FROM LC_LOCK", String.class)).isEmpty();
	}

	/**
	 * A run as a process killed at its start leaves it: started, and never ended. (Not a {@code JobExecution}:
	 * {@code @SpringBatchTest} calls a method that returns one to make the test's.)
	 */
	private JobInstance leftRunning(Instant started) {
		JobParameters parameters = new JobParametersBuilder().addString(CoverageRunner.SESSION, SESSION)
				.addString(CoverageRunner.STARTED, started.toString())
				.addString(CoverageRunner.JOB_FILE, this.job.file().toString(), false)
				.addString(CoverageRunner.FORCE, "false", false)
				.addString(CoverageRunner.AS_OF, started.toString().substring(0, 10), false).toJobParameters();
		JobInstance instance = this.jobRepository.createJobInstance("coverage", parameters);
		JobExecution execution = this.jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(started.atZone(java.time.ZoneId.systemDefault()).toLocalDateTime());
		this.jobRepository.update(execution);
		this.runs.start(instance.getInstanceId(),
				new RunRecord(SESSION, SESSION, this.job.file().toString(), this.job.register().toString(),
						this.job.documents().toString(), this.job.output().toString(), started));
		return instance;
	}

}
