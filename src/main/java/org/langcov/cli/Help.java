package org.langcov.cli;

/** The texts of {@code --help}. */
final class Help {

	static final String PROGRAM = """
			langcov: which language versions of a session's documents are really there.

			Usage:
			  ./langcov run JOBFILE...          run these jobs
			  ./langcov run --all [--jobs DIR]  run every YAML job file in DIR (default jobs/): the nightly entry point
			  ./langcov check JOBFILE...        say what a run of these jobs would do, without running
			  ./langcov history SESSION         earlier runs of a session, newest first, with coverage per language
			  ./langcov sessions                every session in the database: its last run, when, status, coverage
			  ./langcov prune                   drop slot detail older than the retention (langcov.retention, 90d)
			  ./langcov worker                  inspect slots for runs on other machines, until stopped
			  ./langcov broker                  a message broker for runs beyond one machine, until stopped
			  ./langcov --help                  this text; --help after a command for its options
			  ./langcov --version               the program's version

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
			  --all               run every YAML job file (*.yml, *.yaml) in the jobs folder,
			                      naming the other files there but the schedule files
			  --jobs DIR          the jobs folder for --all (default: jobs/ of the installation)
			  --force             inspect every file again, ignoring what earlier runs learned
			  --fail-under PCT    exit 3 when a session's overall coverage is below PCT (0-100)
			  --as-of DATE        judge timeliness as of DATE, as 2014-03-13 (default: today); the
			                      reports are {SESSION}-coverage-as-of-DATE.xlsx, .pdf, .html and
			                      .json, and the run is not kept in the history
			  --help              this text
			""";

	static final String CHECK = """
			Usage:
			  ./langcov check JOBFILE...

			Reads each job file and its register as a run would, and prints what a run would
			do: its sessions, documents, expected versions per language, the rows it would
			reject and why, the store and whether it is there, and the output folder. It opens
			no document and needs no database. A register open in Excel is warned about.

			Exit status: 0 every job would run; 2 a job file or a register is unusable, one
			line per problem on standard error.
			""";

	static final String HISTORY = """
			Usage:
			  ./langcov history SESSION

			Prints the runs of a session (its id in any case), newest first, one line each:
			when the run started, with its time zone; how it ended (COMPLETED, FAILED, or
			STARTED for a run still going or cut short); coverage per language and overall
			for a completed run, the reason for a failed one, and how far a run cut short got.
			A run that was cut short and resumed says so.
			""";

	static final String PRUNE = """
			Usage:
			  ./langcov prune

			Applies the retention now, to every session: the detail of a run (its documents
			and slot results) is kept for langcov.retention (default 90d; e.g.
			-Dlangcov.retention=365d in JAVA_OPTS, or LANGCOV_RETENTION=365d), then dropped,
			and its figures per language are kept for ever, so that history still shows it.
			A session's latest run and its latest completed one are always kept in full. Every
			run applies the retention to its own session; prune is for the others.
			""";

	static final String SESSIONS = """
			Usage:
			  ./langcov sessions

			Prints every session in the database, one line each: its latest run, when it
			started (with its time zone), how it ended, its overall coverage, and how many
			runs the session has had.
			""";

	static final String WORKER = """
			Usage:
			  ./langcov worker

			Inspects partitions of runs started on other machines, one at a time, until
			stopped: takes them from the broker at langcov.broker.url (LANGCOV_BROKER_URL) and
			writes the results into the run's PostgreSQL database (SPRING_DATASOURCE_URL, with
			_USERNAME and _PASSWORD). The run's stores must be readable here, folders at the same
			path. Ctrl-C or SIGTERM ends the partition being inspected after its current chunk;
			the run has the rest inspected by another worker.
			""";

	static final String BROKER = """
			Usage:
			  ./langcov broker

			Runs a message broker (Apache ActiveMQ Artemis) that carries a run's work to the
			workers on other machines, for installations that have no broker of their own.
			It listens where langcov.broker.url says (LANGCOV_BROKER_URL, or
			-Dlangcov.broker.url in JAVA_OPTS; default tcp://localhost:61616, which only
			this machine reaches: give tcp://0.0.0.0:61616 to listen on every address), and
			runs until stopped with Ctrl-C or a TERM signal, then exits 0. Messages are kept
			in output/.langcov/broker/, so that work sent and not yet done survives a restart.
			Any program that reaches the port can use the broker: keep it on a trusted network.

			Exit status: 2 langcov.broker.url is not a tcp://host:port URL; 1 the broker
			cannot start (the port is in use, or its folder is another broker's).
			""";

	private Help() {
	}

}
