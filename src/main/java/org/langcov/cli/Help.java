package org.langcov.cli;

/** The texts of {@code --help}. */
final class Help {

	static final String PROGRAM = """
			langcov: which language versions of a session's documents are really there.

			Usage:
			  ./langcov run JOBFILE...          run these jobs
			  ./langcov run --all [--jobs DIR]  run every *.yml in DIR (default jobs/): the nightly entry point
			  ./langcov --help                  this text; ./langcov run --help for the options of run

			Exit status: 0 every report written; 2 the command line, a job file or a register is
			unusable; 1 any other failure; 3 reports written, but coverage is under --fail-under.
			""";

	static final String RUN = """
			Usage:
			  ./langcov run [OPTIONS] JOBFILE...
			  ./langcov run --all [--jobs DIR] [OPTIONS]

			Checks every document and language of each job's register and writes
			{SESSION}-coverage.xlsx and {SESSION}-coverage.pdf into the job's output folder.

			Options:
			  --all               run every *.yml job file in the jobs folder
			  --jobs DIR          the jobs folder for --all (default: jobs/ of the installation)
			  --force             inspect every file again, ignoring what earlier runs learned
			  --fail-under PCT    exit 3 when a session's overall coverage is below PCT (0-100)
			  --as-of DATE        judge timeliness as of DATE, as 2014-03-13 (default: today)
			  --help              this text
			""";

	private Help() {
	}

}
