package org.langcov.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Parses the command line into what to do; no business logic here. */
final class Arguments {

	/** A parsed command line. */
	sealed interface Command permits HelpCommand, RunCommandLine, HistoryCommandLine, SessionsCommandLine,
			PruneCommandLine, WorkerCommandLine, BrokerCommandLine, CheckCommandLine {

	}

	record HelpCommand(String text) implements Command {

	}

	/**
	 * {@code run}: either job files, or {@code all} with a jobs folder ({@code null} for the installation's
	 * {@code jobs/}).
	 */
	record RunCommandLine(List<Path> jobFiles, boolean all, Path jobsFolder, boolean force, Double failUnder,
			LocalDate asOf) implements Command {

	}

	/** {@code check JOBFILE...}. */
	record CheckCommandLine(List<Path> jobFiles) implements Command {

	}

	/** {@code history SESSION}. */
	record HistoryCommandLine(String session) implements Command {

	}

	/** {@code sessions}. */
	record SessionsCommandLine() implements Command {

	}

	/** {@code prune}. */
	record PruneCommandLine() implements Command {

	}

	/** {@code worker}. */
	record WorkerCommandLine() implements Command {

	}

	/** {@code broker}: where it listens is configuration ({@code langcov.broker.url}), not an argument. */
	record BrokerCommandLine() implements Command {

	}

	private Arguments() {
	}

	static Command parse(String... args) {
		if (args.length == 0 || isHelp(args[0])) {
			return new HelpCommand(Help.PROGRAM);
		}
		if (args[0].equals("--version")) {
			return new HelpCommand(Version.line());
		}
		if (args[0].equals("sessions")) {
			return parseSessions(List.of(args).subList(1, args.length));
		}
		if (args[0].equals("prune")) {
			return parsePrune(List.of(args).subList(1, args.length));
		}
		if (args[0].equals("history")) {
			return parseHistory(List.of(args).subList(1, args.length));
		}
		if (args[0].equals("check")) {
			return parseCheck(List.of(args).subList(1, args.length));
		}
		if (args[0].equals("worker")) {
			return parseWorker(List.of(args).subList(1, args.length));
		}
		if (args[0].equals("broker")) {
			return parseBroker(List.of(args).subList(1, args.length));
		}
		if (!args[0].equals("run")) {
			throw new UsageException("unknown command '" + args[0] + "'");
		}
		return parseRun(List.of(args).subList(1, args.length));
	}

	private static Command parseRun(List<String> args) {
		List<Path> jobFiles = new ArrayList<>();
		boolean all = false;
		boolean force = false;
		Path jobsFolder = null;
		Double failUnder = null;
		LocalDate asOf = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--help", "-h" -> {
					return new HelpCommand(Help.RUN);
				}
				case "--all" -> all = true;
				case "--force" -> force = true;
				case "--jobs" -> jobsFolder = Path.of(value(args, ++i, arg));
				case "--fail-under" -> failUnder = percent(value(args, ++i, arg));
				case "--as-of" -> asOf = date(value(args, ++i, arg));
				default -> {
					if (arg.startsWith("-")) {
						throw new UsageException("run: unknown option '" + arg + "'");
					}
					jobFiles.add(Path.of(arg));
				}
			}
		}
		if (all && !jobFiles.isEmpty()) {
			throw new UsageException("run: give job files or --all, not both");
		}
		if (!all && jobFiles.isEmpty()) {
			throw new UsageException("run: name at least one job file, or --all");
		}
		if (jobsFolder != null && !all) {
			throw new UsageException("run: --jobs goes with --all");
		}
		return new RunCommandLine(List.copyOf(jobFiles), all, jobsFolder, force, failUnder, asOf);
	}

	private static Command parseCheck(List<String> args) {
		if (args.stream().anyMatch(Arguments::isHelp)) {
			return new HelpCommand(Help.CHECK);
		}
		if (args.isEmpty()) {
			throw new UsageException("check: name at least one job file, as in: check jobs/*.yml");
		}
		args.stream().filter((arg) -> arg.startsWith("-")).findFirst().ifPresent((option) -> {
			throw new UsageException("check: unknown option '" + option + "'");
		});
		return new CheckCommandLine(args.stream().map(Path::of).toList());
	}

	private static Command parseHistory(List<String> args) {
		if (args.stream().anyMatch(Arguments::isHelp)) {
			return new HelpCommand(Help.HISTORY);
		}
		if (args.size() != 1 || args.get(0).startsWith("-")) {
			throw new UsageException("history: name one session, as in: history CND57");
		}
		return new HistoryCommandLine(args.get(0));
	}

	private static Command parseSessions(List<String> args) {
		if (args.stream().anyMatch(Arguments::isHelp)) {
			return new HelpCommand(Help.SESSIONS);
		}
		if (!args.isEmpty()) {
			throw new UsageException("sessions: takes no arguments (history SESSION shows one session's runs)");
		}
		return new SessionsCommandLine();
	}

	private static Command parsePrune(List<String> args) {
		if (args.stream().anyMatch(Arguments::isHelp)) {
			return new HelpCommand(Help.PRUNE);
		}
		if (!args.isEmpty()) {
			throw new UsageException("prune: takes no arguments (the retention is langcov.retention, e.g. 365d)");
		}
		return new PruneCommandLine();
	}

	private static Command parseWorker(List<String> args) {
		if (args.stream().anyMatch(Arguments::isHelp)) {
			return new HelpCommand(Help.WORKER);
		}
		if (!args.isEmpty()) {
			throw new UsageException("worker: takes no arguments (the broker and the database are settings)");
		}
		return new WorkerCommandLine();
	}

	private static Command parseBroker(List<String> args) {
		if (args.stream().anyMatch(Arguments::isHelp)) {
			return new HelpCommand(Help.BROKER);
		}
		if (!args.isEmpty()) {
			throw new UsageException("broker: takes no arguments; it listens where langcov.broker.url says");
		}
		return new BrokerCommandLine();
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
	}

	private static String value(List<String> args, int i, String option) {
		if (i >= args.size() || args.get(i).startsWith("--")) {
			throw new UsageException("run: " + option + " needs a value");
		}
		return args.get(i);
	}

	private static double percent(String text) {
		try {
			double value = Double.parseDouble(text.replace("%", ""));
			if (value > 0 && value < 1 && !text.contains("%")) {
				throw new UsageException("run: --fail-under " + text + " looks like a fraction: it is a percentage"
						+ " from 0 to 100; did you mean " + FailUnder.asPercent(value) + "?");
			}
			if (value >= 0 && value <= 100) {
				return value;
			}
		} catch (NumberFormatException ex) {
			// reported below
		}
		throw new UsageException("run: --fail-under '" + text + "' is not a percentage from 0 to 100");
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException ex) {
			throw new UsageException("run: --as-of '" + text + "' is not a date such as 2014-03-13");
		}
	}

}
