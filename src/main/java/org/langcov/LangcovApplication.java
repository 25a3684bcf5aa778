package org.langcov;

import org.langcov.cli.CommandLine;
import org.langcov.system.LangcovHome;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * langcov: which language versions of a session's documents are really there.
 */
@SpringBootApplication
public class LangcovApplication {

	public static void main(String[] args) {
		LangcovHome.init();
		System.exit(new CommandLine(System.out, System.err).execute(args));
	}

}
