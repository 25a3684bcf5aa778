package org.langcov.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.langcov.job.RunOutcome;
import org.langcov.report.LanguageSummary;
import org.langcov.report.Percent;
import org.langcov.timeliness.OnTime;

/** The one line printed at the end of a session's run. */
final class SummaryLine {

	private SummaryLine() {
	}

	static String of(RunOutcome outcome) {
		StringBuilder line = new StringBuilder(outcome.session()).append(": coverage")
				.append(perLanguage(outcome.summary()));
		line.append("; ").append(plural(outcome.problems(), "problem"));
		if (outcome.overall().unverified() > 0) {
			line.append("; ").append(outcome.overall().unverified()).append(" unverified");
		}
		line.append("; ").append((outcome.changes() < 0) ? "first run" : plural(outcome.changes(), "change"));
		if (!outcome.onTime().isEmpty()) {
			line.append("; ").append(onTime(outcome.onTime()));
		}
		if (!outcome.message().isEmpty()) {
			line.append("; ").append(outcome.message());
		}
		if (outcome.resumed()) {
			line.append("; resumed a run cut short");
		}
		line.append("; reports: ")
				.append(outcome.reports().stream().map(SummaryLine::shown).collect(Collectors.joining(", ")));
		return line.toString();
	}

	/**
	 * The coverage of each language, then overall, as the summary line and {@code history} show it:
	 * {@code " A 100% C – ... overall 99.1%"}.
	 */
	static String perLanguage(List<LanguageSummary> summaries) {
		StringBuilder line = new StringBuilder();
		for (LanguageSummary summary : summaries) {
			String name = (summary.language() != null) ? String.valueOf(summary.language().letter()) : "overall";
			line.append(' ').append(name).append(' ').append(Percent.compact(summary.percent()));
		}
		return line.toString();
	}

	/**
	 * The overall on-time share: {@code on time 87.5%}, or that nothing is due yet.
	 */
	static String onTime(List<OnTime> onTime) {
		OnTime overall = onTime.get(onTime.size() - 1);
		return Percent.of(overall.onTime(), overall.due()).map((share) -> "on time " + share.compact())
				.orElse("on time: nothing due yet");
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	/** A path as the summary line shows it: relative to the current folder when inside it. */
	static String shown(Path path) {
		Path here = Path.of("").toAbsolutePath();
		return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
	}

}
