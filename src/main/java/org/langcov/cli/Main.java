package org.langcov.cli;

import org.langcov.system.LangcovHome;

/** The program: {@code java -jar langcov.jar COMMAND ...}. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		LangcovHome.init();
		Interruption.enable();
		System.exit(new CommandLine(System.out, System.err).execute(args));
	}

}
