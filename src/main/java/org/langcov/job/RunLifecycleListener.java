package org.langcov.job;

import java.time.Instant;
import java.util.function.Supplier;

import org.langcov.history.RunRecord;
import org.langcov.history.RunRepository;
import org.langcov.remote.NoWorkerException;
import org.langcov.vocabulary.Causes;
import org.langcov.history.RunStatus;
import org.langcov.register.RegisterException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Records every run in langcov's own history: when it starts (outside any step's transaction, so that even a run whose
 * register turns out unusable is recorded) and how it ends, so that "the previous successful run" means one whose
 * reports were written.
 */
class RunLifecycleListener implements JobExecutionListener {

	private final RunRepository runs;

	private final Supplier<JobFile> jobFile;

	/**
	 * @param jobFile
	 *            the run's job file, read when it is first asked for
	 */
	RunLifecycleListener(RunRepository runs, Supplier<JobFile> jobFile) {
		this.runs = runs;
		this.jobFile = jobFile;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		JobParameters parameters = execution.getJobParameters();
		JobFile job = this.jobFile.get();
		String session = parameters.getString(CoverageRunner.SESSION);
		this.runs.start(execution.getJobInstance().getInstanceId(),
				new RunRecord(session, job.titleOr(session), job.file().toString(), job.register().toString(),
						job.documents().toString(), job.output().toString(),
						Instant.parse(parameters.getString(CoverageRunner.STARTED))));
	}

	/**
	 * A run whose partitions no worker took stays {@code STARTED} in langcov's history, as one cut short: the next run
	 * of the session resumes it.
	 */
	@Override
	public void afterJob(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED && execution.getAllFailureExceptions().stream()
				.anyMatch((failure) -> Causes.find(failure, NoWorkerException.class).isPresent())) {
			return;
		}
		boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
		this.runs.finish(execution.getJobInstance().getInstanceId(), completed ? RunStatus.COMPLETED : RunStatus.FAILED,
				Instant.now(), completed ? null : reason(execution));
	}

	/** Why a run failed, in one line, as the summary line says it. */
	static String reason(JobExecution execution) {
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		if (failure == null) {
			return "the run ended " + execution.getStatus();
		}
		String reason = Causes.find(failure, RegisterException.class).map(Throwable::getMessage)
				.orElseGet(() -> CoverageRunner.oneLine(failure));
		return String.join("; ", reason.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList());
	}

}
