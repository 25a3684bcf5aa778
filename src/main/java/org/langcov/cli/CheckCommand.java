package org.langcov.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.langcov.cli.Arguments.CheckCommandLine;
import org.langcov.job.JobFile;
import org.langcov.job.JobFileException;
import org.langcov.job.JobFileReader;
import org.langcov.job.JobWarnings;
import org.langcov.job.RunPreview;
import org.langcov.job.SessionPlan;
import org.langcov.register.RegisterException;
import org.langcov.register.Rejection;
import org.langcov.store.Store;
import org.langcov.store.StoreFactory;
import org.langcov.system.FileLogging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code check}: what a run of each job would do, read from the job files and registers alone. It starts no
 * application, so that it needs no database and cannot change the history; the log file still gets the spreadsheet
 * library's messages.
 */
class CheckCommand {

	private static final Logger logger = LoggerFactory.getLogger(CheckCommand.class);

	private final PrintStream out;

	private final PrintStream err;

	private final JobWarnings warnings = new JobWarnings();

	CheckCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run(CheckCommandLine command) {
		Runnable closeLogs = FileLogging.start();
		try {
			ExitCode status = ExitCode.OK;
			for (Path file : command.jobFiles()) {
				status = status.worst(check(file));
			}
			return status;
		} finally {
			closeLogs.run();
		}
	}

	private ExitCode check(Path file) {
		if (Files.isDirectory(file)) {
			this.err.println("langcov: " + file + " is a folder: did you mean `check " + file.resolve("*.yml") + "`?");
			return ExitCode.UNUSABLE;
		}
		JobFile job;
		List<JobFile> sessions;
		try {
			job = new JobFileReader().read(file);
			JobWarnings.of(job).forEach(this.err::println);
			JobWarnings.registerOpen(job.register()).ifPresent(this.err::println);
			sessions = new SessionPlan().runs(job);
		} catch (JobFileException ex) {
			ex.problems().forEach(this.err::println);
			return ExitCode.UNUSABLE;
		} catch (RegisterException ex) {
			return refused(ex);
		}
		// a store is only asked whether a location stays inside it: nothing is fetched
		Store store = new StoreFactory(1, Duration.ZERO, Duration.ZERO, "langcov check").open(job.documents(),
				job.webLimits());
		ExitCode status = ExitCode.OK;
		for (JobFile session : sessions) {
			this.warnings.session(session).ifPresent(this.err::println);
			try {
				print(file, RunPreview.of(session, store));
			} catch (RegisterException ex) {
				status = status.worst(refused(ex));
			}
		}
		return status;
	}

	private ExitCode refused(RegisterException ex) {
		logger.info("Register refused: {}", ex.getMessage(), ex);
		this.err.println(ex.getMessage());
		return ExitCode.UNUSABLE;
	}

	private void print(Path file, RunPreview preview) {
		JobFile job = preview.job();
		this.out.println(file + ": session " + job.session());
		if (job.title() != null) {
			this.out.println("  title      " + job.title());
		}
		String sheet = (preview.sheet() != null) ? ", sheet \"" + preview.sheet() + "\"" : "";
		this.out.println("  register   " + job.register() + sheet + ", header on row " + preview.headerRow());
		this.out.println("  documents  " + number(preview.documents())
				+ ((preview.rejected() > 0) ? ", and " + rows(preview.rejected()) + " rejected" : ""));
		this.out.println("  expected   " + number(preview.slots()) + " language versions: "
				+ preview.expected().entrySet().stream().map((e) -> e.getKey().letter() + " " + number(e.getValue()))
						.collect(Collectors.joining(", ")));
		for (Rejection rejection : preview.rejections()) {
			String symbol = rejection.symbol().isEmpty() ? "" : " " + rejection.symbol();
			this.out.println("  rejected   row " + rejection.row() + symbol + ": " + rejection.reason());
		}
		int unlisted = preview.rejected() - preview.rejections().size();
		if (unlisted > 0) {
			this.out.println("  rejected   and " + rows(unlisted) + " more");
		}
		this.out.println("  store      " + store(job));
		this.out.println("  pattern    " + job.pattern());
		this.out.println("  output     " + job.output());
	}

	/** Whether the store is there; a web store is not asked, as check reads no document. */
	private static String store(JobFile job) {
		if (Store.isWeb(job.documents())) {
			return job.documents() + " (a web store: check does not contact it)";
		}
		return job.documents() + (Files.isDirectory(Path.of(job.documents())) ? " (folder, there)" : " (missing)");
	}

	private static String rows(int count) {
		return number(count) + ((count == 1) ? " row" : " rows");
	}

	private static String number(int count) {
		return String.format(Locale.ROOT, "%,d", count);
	}

}
