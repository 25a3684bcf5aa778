package org.langcov.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.langcov.job.RunsUnderWay;
import org.langcov.job.RunsUnderWay.UnderWay;
import org.langcov.report.ReportFiles;
import org.langcov.system.TempFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import sun.misc.Signal;

/**
 * What a {@code run} does when told to stop (Ctrl-C, a TERM signal): one line per session saying how far it came, no
 * temporary file left, exit 130 (INT) or 143 (TERM). The run is left as a killed one is, for the next run to resume;
 * the previous reports stay as they were, as they are replaced only by a complete pair. Whatever the run's threads say
 * as the database closes under them (a failed chunk, the framework's state) goes nowhere: the console is shut first.
 */
final class Interruption {

	private static final Logger logger = LoggerFactory.getLogger(Interruption.class);

	/** Set by the program itself: tests that run commands in their own JVM keep its signals as they are. */
	private static volatile boolean enabled;

	/** How long the application may take to close before the process ends anyway. */
	private static final long CLOSING_MILLIS = 20_000;

	private final Console out;

	private final Console err;

	private final AtomicBoolean stopping = new AtomicBoolean();

	private volatile ConfigurableApplicationContext context;

	private Interruption(Console out, Console err) {
		this.out = out;
		this.err = err;
	}

	/** Has {@code run} handle INT and TERM in this process. */
	static void enable() {
		enabled = true;
	}

	/**
	 * For a run printing to these streams; in the program, they take the place of {@code System.out} and
	 * {@code System.err}, so that what the job prints is shut off too.
	 */
	static Interruption of(PrintStream out, PrintStream err) {
		Interruption interruption = new Interruption(new Console(out), new Console(err));
		if (enabled) {
			System.setOut(interruption.out);
			System.setErr(interruption.err);
		}
		return interruption;
	}

	/** Standard output for the run: the stream given, as it is, when signals are left alone. */
	PrintStream out() {
		return enabled ? this.out : this.out.original;
	}

	/** Standard error for the run. */
	PrintStream err() {
		return enabled ? this.err : this.err.original;
	}

	/**
	 * From now on INT and TERM stop the run: before the application has started too, so that nothing of a start cut
	 * short reaches the console either.
	 */
	void arm() {
		if (!enabled) {
			return;
		}
		for (String name : List.of("INT", "TERM")) {
			try {
				Signal.handle(new Signal(name), this::stop);
			} catch (IllegalArgumentException ex) {
				// the JVM keeps it (started with -Xrs): the signal ends the process as it would have
				logger.info("SIG{} left to the JVM: {}", name, ex.getMessage());
			}
		}
	}

	/** The application a signal closes before the process ends. */
	void started(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Called by the run's thread at its end: when a signal is being handled, waits for it to end the process, which
	 * exits with the signal's status and not the run's; otherwise a signal from now on is ignored, as the run is over.
	 */
	void settle() {
		if (this.stopping.compareAndSet(false, true)) {
			return;
		}
		try {
			new CountDownLatch(1).await();
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void stop(Signal signal) {
		if (!this.stopping.compareAndSet(false, true)) {
			return;
		}
		this.out.shut();
		this.err.shut();
		List<UnderWay> runs = RunsUnderWay.now();
		logger.warn("Interrupted by SIG{} with runs under way: {}", signal.getName(), runs);
		if (runs.isEmpty()) {
			this.err.original.println("langcov: interrupted; no session's run was under way");
		}
		runs.forEach((run) -> this.err.original.println(line(run)));
		this.err.original.flush();
		close(this.context);
		for (UnderWay run : runs) {
			try {
				new ReportFiles(run.output(), run.session()).discardTemporary();
			} catch (IOException | RuntimeException ex) {
				logger.warn("Temporary reports of {} in {} could not be removed", run.session(), run.output(), ex);
			}
		}
		TempFolder.discard();
		logger.info("Stopped by SIG{}", signal.getName());
		Runtime.getRuntime().halt(128 + signal.getNumber());
	}

	/** Closes the application, the database with it, unless it takes too long. */
	private static void close(ConfigurableApplicationContext context) {
		if (context == null) {
			return;
		}
		Thread closing = new Thread(context::close, "langcov-interrupted");
		closing.start();
		try {
			closing.join(CLOSING_MILLIS);
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** {@code CND57: interrupted after 1,200 of 5,850 slots; the next run resumes} */
	static String line(UnderWay run) {
		String where = (run.total() < 0)
				? "before its slots were inspected"
				: String.format(Locale.ROOT, "after %,d of %,d slots", run.done(), run.total());
		return run.session() + ": interrupted " + where + "; the next run resumes";
	}

	/** A console stream that can be shut: what is printed after is dropped. */
	private static final class Console extends PrintStream {

		final PrintStream original;

		private final Gate gate;

		Console(PrintStream original) {
			this(original, new Gate(original));
		}

		private Console(PrintStream original, Gate gate) {
			super(gate, true, Charset.defaultCharset());
			this.original = original;
			this.gate = gate;
		}

		/** Waits for a line being printed, then drops the rest. */
		void shut() {
			synchronized (this) {
				flush();
				this.gate.shut = true;
			}
		}

	}

	private static final class Gate extends OutputStream {

		private final PrintStream original;

		volatile boolean shut;

		Gate(PrintStream original) {
			this.original = original;
		}

		@Override
		public void write(int b) {
			if (!this.shut) {
				this.original.write(b);
			}
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			if (!this.shut) {
				this.original.write(bytes, offset, length);
			}
		}

		@Override
		public void flush() {
			this.original.flush();
		}

	}

}
