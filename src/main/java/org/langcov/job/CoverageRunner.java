package org.langcov.job;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.langcov.history.RunReportSource;
import org.langcov.history.RunRepository;
import org.langcov.register.RegisterException;
import org.langcov.report.ReportFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the coverage job for one job file and says how it ended.
 */
@Component
public class CoverageRunner {

	private static final Logger logger = LoggerFactory.getLogger(CoverageRunner.class);

	private final JobOperator jobOperator;

	private final Job coverageJob;

	private final RunRepository runs;

	private final JdbcTemplate jdbc;

	public CoverageRunner(JobOperator jobOperator, Job coverageJob, RunRepository runs, JdbcTemplate jdbc) {
		this.jobOperator = jobOperator;
		this.coverageJob = coverageJob;
		this.runs = runs;
		this.jdbc = jdbc;
	}

	public RunOutcome run(JobFile job) {
		JobParameters parameters = new JobParametersBuilder().addString("session", job.session())
				.addString("run", Instant.now().toString()).addString("jobFile", job.file().toString(), false)
				.toJobParameters();
		JobExecution execution;
		try {
			execution = this.jobOperator.start(this.coverageJob, parameters);
		} catch (Exception ex) {
			logger.error("Run of {} could not start", job.file(), ex);
			return RunOutcome.failed(job.session(), RunOutcome.Result.FAILED,
					"the run could not start: " + ex.getMessage());
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return completed(job, execution.getJobInstance().getInstanceId());
		}
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		RegisterException unusable = find(failure, RegisterException.class);
		if (unusable != null) {
			return RunOutcome.failed(job.session(), RunOutcome.Result.UNUSABLE_INPUT, unusable.getMessage());
		}
		String reason = (failure != null) ? oneLine(failure) : "the run ended " + execution.getStatus();
		return RunOutcome.failed(job.session(), RunOutcome.Result.FAILED, reason);
	}

	private RunOutcome completed(JobFile job, long run) {
		RunReportSource source = new RunReportSource(this.jdbc, this.runs, run);
		AtomicLong problems = new AtomicLong();
		source.slots((slot) -> {
			if (slot.status().problem()) {
				problems.incrementAndGet();
			}
		});
		AtomicLong changes = new AtomicLong();
		source.changes((change) -> changes.incrementAndGet());
		ReportFiles files = new ReportFiles(job.output(), job.session());
		return new RunOutcome(job.session(), RunOutcome.Result.COMPLETED, "", source.summary(), problems.get(),
				source.run().firstRun() ? -1 : changes.get(), List.of(files.workbook(), files.pdf()));
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static String oneLine(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

}
