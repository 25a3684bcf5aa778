package org.langcov.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.langcov.cli.Arguments.HistoryCommandLine;
import org.langcov.history.RunHistory;
import org.langcov.history.RunRepository;
import org.langcov.history.RunStatus;
import org.langcov.history.TimelinessRepository;
import org.langcov.report.RunTime;
import org.langcov.timeliness.OnTime;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code history SESSION}: the session's runs, newest first, a line each. */
class HistoryCommand {

	private final PrintStream out;

	private final PrintStream err;

	HistoryCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run(HistoryCommandLine command) {
		ConfigurableApplicationContext context = Application.start(this.err);
		if (context == null) {
			return ExitCode.FAILURE;
		}
		try (context) {
			List<RunHistory> runs = context.getBean(RunRepository.class).history(command.session());
			TimelinessRepository timeliness = context.getBean(TimelinessRepository.class);
			if (runs.isEmpty()) {
				this.out.println(command.session() + ": no runs recorded");
			}
			runs.forEach((run) -> this.out.println(line(run, timeliness.onTime(run.run()))));
			return ExitCode.OK;
		}
	}

	static String line(RunHistory run, List<OnTime> onTime) {
		String line = line(run);
		if (run.status() == RunStatus.COMPLETED && !onTime.isEmpty() && !run.summary().isEmpty()) {
			line += "  " + SummaryLine.onTime(onTime);
		}
		return (run.resumed() > 0) ? line + "  " + resumed(run) : line;
	}

	/**
	 * When the run started, with its zone, how it ended, and its coverage; for a run that did not complete, not the
	 * coverage of the slots it got to, which would read like a drop, but why it failed or how far it got.
	 */
	static String line(RunHistory run) {
		return head(run) + ((run.status() == RunStatus.COMPLETED && !run.summary().isEmpty())
				? SummaryLine.perLanguage(run.summary()).substring(1)
				: outcome(run));
	}

	/** When the run started, with its zone, and its status. */
	static String head(RunHistory run) {
		return RunTime.format(run.started(), run.zone()) + "  " + String.format("%-9s", run.status()) + "  ";
	}

	/** For a run without coverage to show: why it failed, how far it got, or that it checked nothing. */
	static String outcome(RunHistory run) {
		if (run.status() == RunStatus.FAILED) {
			return (run.reason() != null) ? run.reason() : "reason not recorded";
		}
		if (run.status() == RunStatus.STARTED && run.expected() == 0) {
			return "not finished";
		}
		if (run.status() == RunStatus.STARTED) {
			return String.format(Locale.ROOT,
					"not finished: %,d of %,d expected slots checked; the next run resumes it", run.checked(),
					run.expected());
		}
		return "no slots checked";
	}

	private static String resumed(RunHistory run) {
		return "resumed after being cut short" + ((run.resumed() > 1) ? " (" + run.resumed() + " times)" : "");
	}

}
