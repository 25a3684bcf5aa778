package org.langcov.cli;

import java.io.PrintStream;
import java.util.List;

import org.langcov.history.RunHistory;
import org.langcov.history.RunRepository;
import org.langcov.history.RunStatus;
import org.langcov.history.SessionRuns;
import org.langcov.report.Percent;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code sessions}: every session in the database, a line each, with its latest run. */
class SessionsCommand {

	private final PrintStream out;

	private final PrintStream err;

	SessionsCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run() {
		ConfigurableApplicationContext context = Application.start(this.err);
		if (context == null) {
			return ExitCode.FAILURE;
		}
		try (context) {
			List<SessionRuns> sessions = context.getBean(RunRepository.class).sessions();
			if (sessions.isEmpty()) {
				this.out.println("no runs recorded");
			}
			int width = sessions.stream().mapToInt((session) -> session.latest().session().length()).max().orElse(0);
			sessions.forEach((session) -> this.out.println(line(session, width)));
			return ExitCode.OK;
		}
	}

	/**
	 * {@code CND57  2014-03-10 01:30:00 UTC  COMPLETED  overall 97.1%  (12 runs)}: the latest run as {@code history}
	 * shows it, with the overall coverage only.
	 */
	static String line(SessionRuns session, int width) {
		RunHistory latest = session.latest();
		String outcome = (latest.status() == RunStatus.COMPLETED && !latest.summary().isEmpty())
				? "overall " + Percent.compact(latest.summary().get(latest.summary().size() - 1).percent())
				: HistoryCommand.outcome(latest);
		return String.format("%-" + width + "s  %s%s  (%s)", latest.session(), HistoryCommand.head(latest), outcome,
				(session.runs() == 1) ? "1 run" : session.runs() + " runs");
	}

}
