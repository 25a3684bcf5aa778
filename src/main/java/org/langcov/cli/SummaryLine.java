package org.langcov.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import org.langcov.job.RunOutcome;
import org.langcov.report.LanguageSummary;

/** The one line printed at the end of a session's run. */
final class SummaryLine {

	private SummaryLine() {
	}

	static String of(RunOutcome outcome) {
		StringBuilder line = new StringBuilder(outcome.session()).append(": coverage");
		for (LanguageSummary summary : outcome.summary()) {
			String name = (summary.language() != null) ? String.valueOf(summary.language().letter()) : "overall";
			line.append(' ').append(name).append(' ').append(percent(summary.coverage()));
		}
		line.append("; ").append(plural(outcome.problems(), "problem"));
		line.append("; ").append((outcome.changes() < 0) ? "first run" : plural(outcome.changes(), "change"));
		if (outcome.resumed()) {
			line.append("; resumed a run cut short");
		}
		line.append("; reports: ")
				.append(outcome.reports().stream().map(SummaryLine::shown).collect(Collectors.joining(", ")));
		return line.toString();
	}

	static String percent(double fraction) {
		return number(Math.floor(fraction * 1000) / 10) + "%";
	}

	static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	private static String shown(Path path) {
		Path here = Path.of("").toAbsolutePath();
		return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
	}

}
