package org.langcov.cli;

import java.io.PrintStream;

import org.langcov.cli.Arguments.BrokerCommandLine;
import org.langcov.cli.Arguments.CheckCommandLine;
import org.langcov.cli.Arguments.HelpCommand;
import org.langcov.cli.Arguments.HistoryCommandLine;
import org.langcov.cli.Arguments.PruneCommandLine;
import org.langcov.cli.Arguments.RunCommandLine;
import org.langcov.cli.Arguments.SessionsCommandLine;
import org.langcov.cli.Arguments.WorkerCommandLine;

/**
 * The program's command line: parse, call, map the outcome to an exit status.
 */
public final class CommandLine {

	private final PrintStream out;

	private final PrintStream err;

	public CommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs a command line and returns the exit status. */
	public int execute(String... args) {
		Arguments.Command command;
		try {
			command = Arguments.parse(args);
		} catch (UsageException ex) {
			this.err.println("langcov: " + ex.getMessage() + " (see ./langcov --help)");
			return ExitCode.UNUSABLE.code();
		}
		if (command instanceof HelpCommand help) {
			this.out.print(help.text());
			return ExitCode.OK.code();
		}
		if (command instanceof HistoryCommandLine history) {
			return new HistoryCommand(this.out, this.err).run(history).code();
		}
		if (command instanceof CheckCommandLine check) {
			return new CheckCommand(this.out, this.err).run(check).code();
		}
		if (command instanceof SessionsCommandLine) {
			return new SessionsCommand(this.out, this.err).run().code();
		}
		if (command instanceof PruneCommandLine) {
			return new PruneCommand(this.out, this.err).run().code();
		}
		if (command instanceof WorkerCommandLine) {
			return new WorkerCommand(this.out, this.err).run().code();
		}
		if (command instanceof BrokerCommandLine) {
			return new BrokerCommand(this.out, this.err, System.getenv()).run().code();
		}
		return new RunCommand(this.out, this.err).run((RunCommandLine) command).code();
	}

}
