package org.langcov.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.Locale;

import org.langcov.history.HistoryRetention.Pruned;
import org.langcov.job.Retention;
import org.langcov.report.RunTime;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code prune}: applies the retention to every session now. */
class PruneCommand {

	private final PrintStream out;

	private final PrintStream err;

	PruneCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run() {
		ConfigurableApplicationContext context = Application.start(this.err);
		if (context == null) {
			return ExitCode.FAILURE;
		}
		try (context) {
			this.out.println(line(context.getBean(Retention.class).prune(null)));
			return ExitCode.OK;
		} catch (RuntimeException ex) {
			org.slf4j.LoggerFactory.getLogger(PruneCommand.class).error("prune failed", ex);
			this.err.println("langcov: prune failed: " + ex.getMessage() + "; details in the log");
			return ExitCode.FAILURE;
		}
	}

	/**
	 * {@code pruned 12 runs started before 2026-09-02 02:30:00 CET: 70,200 slot rows dropped, their figures per
	 * language kept}.
	 */
	static String line(Pruned pruned) {
		String before = RunTime.format(pruned.cutoff(), ZoneId.systemDefault());
		if (pruned.runs().isEmpty()) {
			return "nothing to prune: no run started before " + before
					+ " but each session's latest and latest completed, which are kept in full";
		}
		return String.format(Locale.ROOT,
				"pruned %,d run%s started before %s: %,d slot rows dropped, their figures per language kept",
				pruned.runs().size(), (pruned.runs().size() == 1) ? "" : "s", before, pruned.slots());
	}

}
