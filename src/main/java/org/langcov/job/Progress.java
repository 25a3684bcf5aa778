package org.langcov.job;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a session's inspection has come. On a terminal, a bar redrawn in place at most a few times a second;
 * elsewhere (cron, a pipe), a plain line every interval, so that a log of a nightly run shows that it is moving without
 * drowning in lines: in the log file, unless asked for on standard output ({@code langcov.progress=always}), as cron
 * mails what a run prints.
 */
final class Progress {

	private static final Logger logger = LoggerFactory.getLogger(Progress.class);

	private static final int BAR = 30;

	private static final Duration REDRAW = Duration.ofMillis(200);

	private final PrintStream out;

	private final boolean terminal;

	private final Duration interval;

	private final Clock clock;

	private final String session;

	private final long total;

	private final long alreadyDone;

	private final Instant started;

	private Instant shown;

	private boolean drawn;

	/**
	 * @param out
	 *            where the lines go, or {@code null} for the log file
	 */
	Progress(PrintStream out, boolean terminal, Duration interval, Clock clock, String session, long total,
			long alreadyDone) {
		this.out = out;
		this.terminal = terminal;
		this.interval = terminal ? REDRAW : interval;
		this.clock = clock;
		this.session = session;
		this.total = total;
		this.alreadyDone = alreadyDone;
		this.started = clock.instant();
		this.shown = this.started;
	}

	/**
	 * Reports that {@code done} slots of the total are inspected; shows it when it is time.
	 */
	void update(long done) {
		Instant now = this.clock.instant();
		if (Duration.between(this.shown, now).compareTo(this.interval) < 0) {
			return;
		}
		this.shown = now;
		String line = line(done, now);
		if (this.out == null) {
			logger.info(line);
			return;
		}
		if (this.terminal) {
			this.out.print("\r" + line + "\033[K");
			this.drawn = true;
		} else {
			this.out.println(line);
		}
		this.out.flush();
	}

	/** Clears the bar, so that the session's summary line takes its place. */
	void finish() {
		if (this.terminal && this.drawn) {
			this.out.print("\r\033[K");
			this.out.flush();
		}
	}

	String line(long done, Instant now) {
		double seconds = Math.max(0.001, Duration.between(this.started, now).toMillis() / 1000.0);
		double rate = (done - this.alreadyDone) / seconds;
		long left = (rate > 0) ? Math.round((this.total - done) / rate) : -1;
		String counts = String.format("%d of %d slots, %.0f/s, %s left", done, this.total, rate,
				(left >= 0) ? clockTime(left) : "?");
		if (!this.terminal) {
			return this.session + ": inspected " + counts;
		}
		int filled = (this.total == 0) ? BAR : (int) (BAR * done / this.total);
		return this.session + " [" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + counts;
	}

	private static String clockTime(long seconds) {
		return (seconds >= 3600)
				? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
				: String.format("%d:%02d", seconds / 60, seconds % 60);
	}

}
