package org.langcov.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.langcov.cli.Arguments.RunCommandLine;
import org.langcov.history.FileCachePrefetch;
import org.langcov.job.CoverageRunner;
import org.langcov.job.JobFile;
import org.langcov.job.JobFileException;
import org.langcov.job.JobFileReader;
import org.langcov.job.RunWarmUp;
import org.langcov.job.JobWarnings;
import org.langcov.job.JobsFolder;
import org.langcov.job.RunOutcome;
import org.langcov.job.SessionPlan;
import org.langcov.register.RegisterException;
import org.langcov.store.FolderStore;
import org.langcov.store.Store;
import org.langcov.system.DatabaseShutdown;
import org.langcov.system.EarlyDatabase;
import org.langcov.system.LangcovHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code run}: checks the job files, then runs each session one after another.
 */
class RunCommand {

	private static final Logger logger = LoggerFactory.getLogger(RunCommand.class);

	private final PrintStream out;

	private final PrintStream err;

	private final JobWarnings warnings = new JobWarnings();

	private final Interruption interruption;

	RunCommand(PrintStream out, PrintStream err) {
		this.interruption = Interruption.of(out, err);
		this.out = this.interruption.out();
		this.err = this.interruption.err();
	}

	ExitCode run(RunCommandLine command) {
		ExitCode status = runJobs(command);
		this.interruption.settle();
		return status;
	}

	private ExitCode runJobs(RunCommandLine command) {
		List<Path> files;
		try {
			files = command.all() ? jobFilesIn(folder(command)) : command.jobFiles();
		} catch (UsageException ex) {
			this.err.println("langcov: " + ex.getMessage());
			return ExitCode.UNUSABLE;
		}
		ExitCode status = ExitCode.OK;
		List<JobFile> jobs = new ArrayList<>();
		JobFileReader reader = new JobFileReader();
		for (Path file : files) {
			if (Files.isDirectory(file)) {
				this.err.println("langcov: " + file + " is a folder: did you mean `run --all --jobs " + file + "`?");
				status = status.worst(ExitCode.UNUSABLE);
				continue;
			}
			try {
				JobFile job = reader.read(file);
				JobWarnings.of(job).forEach(this.err::println);
				jobs.add(job);
			} catch (JobFileException ex) {
				ex.problems().forEach(this.err::println);
				status = status.worst(ExitCode.UNUSABLE);
			}
		}
		if (jobs.isEmpty()) {
			return status;
		}
		this.interruption.arm();
		RunWarmUp warmUp = new RunWarmUp(jobs.get(0));
		try {
			return run(jobs, command, status, Application.start(this.err, warmUp::start, early(jobs.get(0), command)));
		} finally {
			FileCachePrefetch.discard();
			warmUp.awaitEnd();
		}
	}

	private ExitCode run(List<JobFile> jobs, RunCommandLine command, ExitCode before,
			ConfigurableApplicationContext context) {
		ExitCode status = before;
		if (context == null) {
			return ExitCode.FAILURE;
		}
		this.interruption.started(context);
		try (context) {
			String unshared = Remote.unsharedDatabase(context.getEnvironment());
			if (unshared != null) {
				this.err.println("langcov: " + unshared);
				return ExitCode.UNUSABLE;
			}
			CoverageRunner runner = context.getBean(CoverageRunner.class);
			for (JobFile job : jobs) {
				status = status.worst(runSessions(runner, job, command));
			}
			DatabaseShutdown.closeHere(context.getEnvironment(), context.getBean(DataSource.class));
		}
		return status;
	}

	/**
	 * Runs each session of a job. A job without a session has its register read here for its sessions, once logging
	 * goes to the log file, so that the spreadsheet library's messages stay off the console.
	 */
	private ExitCode runSessions(CoverageRunner runner, JobFile job, RunCommandLine command) {
		List<JobFile> sessions;
		try {
			sessions = new SessionPlan().runs(job);
		} catch (JobFileException ex) {
			ex.problems().forEach(this.err::println);
			return ExitCode.UNUSABLE;
		} catch (RegisterException ex) {
			logger.info("Register refused: {}", ex.getMessage(), ex);
			this.err.println(ex.getMessage());
			return ExitCode.UNUSABLE;
		}
		ExitCode status = ExitCode.OK;
		for (JobFile session : sessions) {
			this.warnings.session(session).ifPresent(this.err::println);
			status = status.worst(report(runner.run(session, command.force(), command.asOf()), command.failUnder()));
		}
		return status;
	}

	private ExitCode report(RunOutcome outcome, Double failUnder) {
		switch (outcome.result()) {
			case UNUSABLE_INPUT -> {
				this.err.println(outcome.message());
				return ExitCode.UNUSABLE;
			}
			case BUSY -> {
				this.err.println(outcome.message());
				return ExitCode.FAILURE;
			}
			case FAILED -> {
				this.err.println(outcome.session() + ": the run failed: " + outcome.message() + "; details in "
						+ LangcovHome.logFile());
				return ExitCode.FAILURE;
			}
			default -> {
				Training.sessionReported();
				outcome.notes().lines().forEach(this.err::println);
				this.out.println(SummaryLine.of(outcome));
				ProblemLines.of(outcome).forEach(this.out::println);
				String below = (failUnder != null) ? FailUnder.below(outcome.overall(), failUnder) : null;
				if (below != null) {
					this.err.println(outcome.session() + ": " + below);
					return ExitCode.BELOW_THRESHOLD;
				}
				return ExitCode.OK;
			}
		}
	}

	/**
	 * What is read on the connection that opens an embedded database early: the file cache of the first job's folder,
	 * which its first session's staging would read first ({@link FileCachePrefetch}); nothing with {@code --force},
	 * which does not look in the cache, or for documents on the web.
	 */
	static EarlyDatabase.Reading early(JobFile first, RunCommandLine command) {
		if (command.force() || Store.isWeb(first.documents())) {
			return null;
		}
		Path root = new FolderStore(Path.of(first.documents())).root();
		return FileCachePrefetch.reading(root);
	}

	private static Path folder(RunCommandLine command) {
		return (command.jobsFolder() != null) ? command.jobsFolder() : LangcovHome.get().resolve("jobs");
	}

	/**
	 * The YAML job files of the folder; the other files in it are named on standard error, as they are not run.
	 */
	private List<Path> jobFilesIn(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new UsageException("run --all: jobs folder " + folder + " does not exist");
		}
		JobsFolder listing;
		try {
			listing = JobsFolder.list(folder);
		} catch (IOException ex) {
			throw new UsageException("run --all: cannot list " + folder + ": " + ex.getMessage());
		}
		if (listing.jobs().isEmpty()) {
			throw new UsageException("run --all: no YAML job files (*.yml, *.yaml) in " + folder);
		}
		listing.others().forEach((other) -> this.err
				.println(other + ": not a YAML job file (*.yml, *.yaml), so run --all does not run it"));
		return listing.jobs();
	}

}
