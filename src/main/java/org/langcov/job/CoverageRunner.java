package org.langcov.job;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.langcov.history.AsOfRuns;
import org.langcov.history.RunRepository;
import org.langcov.history.SessionBusyException;
import org.langcov.history.SessionLock;
import org.langcov.history.SessionLocks;
import org.langcov.register.RegisterException;
import org.langcov.report.ReportFiles;
import org.langcov.report.ReportSource;
import org.langcov.store.WebStore;
import org.langcov.system.TempFolder;
import org.langcov.vocabulary.Causes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Runs the coverage job for one job file and says how it ended.
 */
@Component
public class CoverageRunner {

	/** Identifying: one history per session. */
	static final String SESSION = "session";

	/**
	 * Identifying: when the run started; every run from the command line is a new one. (Named {@code run} in the job
	 * repository.)
	 */
	static final String STARTED = "run";

	/**
	 * Not identifying: the job file, read again when a run is resumed, so that a restart needs nothing else.
	 */
	static final String JOB_FILE = "jobFile";

	/** Not identifying: whether to inspect every file again. */
	static final String FORCE = "force";

	/** Not identifying: the day timeliness is judged as of. */
	static final String AS_OF = "asOf";

	private static final Logger logger = LoggerFactory.getLogger(CoverageRunner.class);

	private final JobOperator jobOperator;

	private final Job coverageJob;

	private final RunRepository runs;

	private final JobRepository jobRepository;

	private final SessionLocks locks;

	private final Clock clock;

	private final AsOfRuns asOfRuns;

	private final Retention retention;

	public CoverageRunner(JobOperator jobOperator, JobRepository jobRepository, Job coverageJob, RunRepository runs,
			SessionLocks locks, Clock clock, AsOfRuns asOfRuns, Retention retention) {
		this.asOfRuns = asOfRuns;
		this.retention = retention;
		this.locks = locks;
		this.clock = clock;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.coverageJob = coverageJob;
		this.runs = runs;
	}

	/**
	 * Runs a session: resumes its run left unfinished by a process that died, or starts a new one; or, when another
	 * process is running the session, says who and since when ({@link RunOutcome.Result#BUSY}).
	 * 
	 * @param force
	 *            inspect every file again, ignoring what earlier runs learned
	 */
	public RunOutcome run(JobFile job, boolean force) {
		return run(job, force, null);
	}

	/**
	 * Runs a session, judging timeliness as of a given day: a run with its own reports beside the current ones
	 * ({@code CND57-coverage-as-of-2014-02-01.xlsx}), which then leaves the history ({@link AsOfRun}).
	 *
	 * @param asOf
	 *            the day, or {@code null} for a run of today that joins the history
	 */
	public RunOutcome run(JobFile job, boolean force, LocalDate asOf) {
		SessionLock lock;
		try {
			lock = this.locks.take(job.session());
		} catch (SessionBusyException busy) {
			// before anything of the run is touched: it is the other process's
			logger.info("{} not run: {}", job.session(), busy.getMessage());
			return RunOutcome.failed(job.session(), RunOutcome.Result.BUSY,
					busy.holder().map((holder) -> holder.describe(this.clock.getZone(), LocalDate.now(this.clock)))
							.orElse(busy.getMessage()));
		} catch (RuntimeException ex) {
			logger.error("Run of {} could not start", job.file(), ex);
			return RunOutcome.failed(job.session(), RunOutcome.Result.FAILED,
					"the run could not start: " + oneLine(ex));
		}
		RunsUnderWay.started(job);
		try (lock) {
			return runHeld(job, force, asOf);
		} finally {
			RunsUnderWay.ended(job);
		}
	}

	private RunOutcome runHeld(JobFile job, boolean force, LocalDate asOf) {
		TempFolder temporaryFiles;
		try {
			temporaryFiles = TempFolder.open();
		} catch (IOException ex) {
			logger.error("Run of {} could not start", job.file(), ex);
			return RunOutcome.failed(job.session(), RunOutcome.Result.FAILED, ex.getMessage());
		}
		// the run's temporary files go with it, whatever happened
		try (temporaryFiles) {
			RunOutcome outcome = runJob(job, force, asOf);
			// while the session's lock is held: no run of it is going
			this.retention.afterRun(job.session());
			return outcome;
		}
	}

	private RunOutcome runJob(JobFile job, boolean force, LocalDate asOf) {
		JobExecution execution;
		boolean resumed = false;
		try {
			JobExecution unfinished = unfinished(job);
			if (unfinished != null) {
				logger.info("Resuming run {} of {}, left unfinished", unfinished.getJobInstance().getInstanceId(),
						job.session());
				if (unfinished.isRunning()) {
					this.jobOperator.recover(unfinished);
				}
				execution = this.jobOperator.restart(unfinished);
				resumed = true;
			} else {
				execution = this.jobOperator.start(this.coverageJob, parameters(job, force, asOf));
			}
		} catch (Exception ex) {
			logger.error("Run of {} could not start", job.file(), ex);
			return RunOutcome.failed(job.session(), RunOutcome.Result.FAILED,
					"the run could not start: " + ex.getMessage());
		}
		if (!AsOfRun.is(execution.getJobParameters())) {
			return outcome(job, execution, resumed);
		}
		try {
			return outcome(job, execution, resumed);
		} finally {
			forget(job, execution);
		}
	}

	private RunOutcome outcome(JobFile job, JobExecution execution, boolean resumed) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return completed(job, execution, resumed);
		}
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		RegisterException unusable = (failure != null)
				? Causes.find(failure, RegisterException.class).orElse(null)
				: null;
		if (unusable != null) {
			return RunOutcome.failed(job.session(), RunOutcome.Result.UNUSABLE_INPUT, unusable.getMessage());
		}
		String reason = (failure != null) ? oneLine(failure) : "the run ended " + execution.getStatus();
		return RunOutcome.failed(job.session(), RunOutcome.Result.FAILED, reason);
	}

	private JobParameters parameters(JobFile job, boolean force, LocalDate asOf) {
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		return new JobParametersBuilder().addString(SESSION, job.session())
				.addString(STARTED, Instant.now(this.clock).toString())
				.addString(JOB_FILE, job.file().toString(), false).addString(FORCE, String.valueOf(force), false)
				.addString(AS_OF, day.toString(), false)
				.addString(AsOfRun.PARAMETER, String.valueOf(asOf != null), false).toJobParameters();
	}

	/** An as-of run, ended or left by a process that died, leaves the history; its reports stay. */
	private void forget(JobFile job, JobExecution execution) {
		long run = execution.getJobInstance().getInstanceId();
		try {
			this.asOfRuns.forget(run);
		} catch (RuntimeException ex) {
			// its reports are written; the run's outcome stands, and history may list it
			logger.error("Run {} of {}, as of {}, could not leave the history", run, job.session(),
					execution.getJobParameters().getString(AS_OF), ex);
			return;
		}
		logger.info("Run {} of {}, as of {}, left the history", run, job.session(),
				execution.getJobParameters().getString(AS_OF));
	}

	/**
	 * The session's latest run if it was left running by a process that died (this process holds the session's lock, so
	 * a run still marked as running is not running any more), or failed for want of workers. Only a run of the same job
	 * file is resumed. An as-of run left unfinished is not resumed: it leaves the history, and the run starts anew.
	 */
	private JobExecution unfinished(JobFile job) {
		Long run = this.runs.unfinished(job.session()).orElse(null);
		JobInstance instance = (run != null) ? this.jobRepository.getJobInstance(run) : null;
		JobExecution last = (instance != null) ? this.jobRepository.getLastJobExecution(instance) : null;
		if (last != null && AsOfRun.is(last.getJobParameters())) {
			forget(job, last);
			return null;
		}
		if (last == null || !(last.isRunning() || last.getStatus() == BatchStatus.FAILED)
				|| !job.file().toString().equals(last.getJobParameters().getString(JOB_FILE))) {
			return null;
		}
		return last;
	}

	private RunOutcome completed(JobFile job, JobExecution execution, boolean resumed) {
		long run = execution.getJobInstance().getInstanceId();
		ReportSource source = this.runs.reportSource(run);
		RunRepository.SlotCounts counts = this.runs.counts(run, WebStore.UNREACHABLE);
		// a server down all night must not read as a session whose documents vanished
		String unreachable = (counts.lookedUp() > 0 && counts.unreachable() == counts.lookedUp())
				? "the store could not be reached (" + source.run().store() + "): every slot is UNREADABLE"
				: "";
		String workers = WorkerShares.of(this.jobRepository, run);
		String asOf = AsOfRun.is(execution.getJobParameters())
				? "as of " + execution.getJobParameters().getString(AS_OF) + ", not kept in the history"
				: "";
		String note = Stream.of(unreachable, workers, asOf).filter((part) -> !part.isEmpty())
				.collect(Collectors.joining("; "));
		ReportFiles files = AsOfRun.reports(job.output(), job.session(), execution.getJobParameters());
		return new RunOutcome(job.session(), RunOutcome.Result.COMPLETED, note, source.summary(), counts.problems(),
				source.run().firstRun() ? -1 : changeCount(execution, source::changeCount),
				List.of(files.workbook(), files.pdf(), files.html()), resumed, source.onTime(),
				RegisterNotes.of(source), this.runs.problems(run, RunOutcome.PROBLEMS_LISTED));
	}

	/**
	 * How many slots changed since the previous successful run: as the reports counted them while they listed them, or
	 * {@code counted} again when the run's reports step did not say (written by an earlier version).
	 */
	static long changeCount(JobExecution execution, LongSupplier counted) {
		return execution.getStepExecutions().stream().map(StepExecution::getExecutionContext)
				.filter((context) -> context.containsKey(WriteReportsTasklet.CHANGES))
				.mapToLong((context) -> context.getLong(WriteReportsTasklet.CHANGES)).findFirst().orElseGet(counted);
	}

	static String oneLine(Throwable failure) {
		Throwable root = Causes.root(failure);
		if (root instanceof AccessDeniedException denied) {
			// its message is the path alone, which reads as if the file itself were the problem
			return "permission denied: " + denied.getFile();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

}
