package org.langcov.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.langcov.cli.Arguments.HistoryCommandLine;
import org.langcov.history.RunHistory;
import org.langcov.history.RunRepository;
import org.langcov.history.TimelinessRepository;
import org.langcov.timeliness.OnTime;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code history SESSION}: the session's runs, newest first, a line each. */
class HistoryCommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

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
		return (onTime.isEmpty() || run.summary().isEmpty()) ? line : line + "  " + SummaryLine.onTime(onTime);
	}

	static String line(RunHistory run) {
		StringBuilder line = new StringBuilder(TIME.format(run.started()));
		line.append("  ").append(String.format("%-9s", run.status()));
		if (run.summary().isEmpty()) {
			return line.append("  no slots checked").toString();
		}
		line.append(SummaryLine.perLanguage(run.summary()));
		return line.toString();
	}

}
