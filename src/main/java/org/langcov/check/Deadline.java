package org.langcov.check;

import java.time.Duration;

/**
 * The time one file's inspection may take, checked cooperatively by the code that reads the file: PDFBox never looks at
 * thread interrupts, so the reader, the stream decoder and the text extraction call {@link #check()} instead.
 */
final class Deadline {

	/** Calls of {@link #tick()} per reading of the clock. */
	static final int TICKS_PER_CHECK = 256;

	private final long endNanos;

	private final Duration budget;

	/** The deadline this one is part of, or {@code null}. */
	private final Deadline whole;

	private volatile boolean cancelled;

	/** Calls of {@link #tick()} since the clock was last read; only the inspecting thread ticks. */
	private int ticks;

	private Deadline(long endNanos, Duration budget, Deadline whole) {
		this.endNanos = endNanos;
		this.budget = budget;
		this.whole = whole;
	}

	static Deadline after(Duration budget) {
		return new Deadline(System.nanoTime() + budget.toNanos(), budget, null);
	}

	/** A deadline for callers that want no limit, such as tests of one file. */
	static Deadline none() {
		return new Deadline(Long.MAX_VALUE, null, null);
	}

	/**
	 * A deadline for work the inspection can do without: it passes when half the time left has, and with this one. Its
	 * {@link Passed} says that the optional work must stop; whether the inspection must too, {@link #check()} on this
	 * one says.
	 */
	Deadline halfOfWhatIsLeft() {
		if (this.budget == null) {
			return new Deadline(Long.MAX_VALUE, null, this);
		}
		long now = System.nanoTime();
		return new Deadline(now + Math.max(0, this.endNanos - now) / 2, this.budget, this);
	}

	Duration budget() {
		return this.budget;
	}

	/** Ends the inspection at its next check, whatever the time. */
	void cancel() {
		this.cancelled = true;
	}

	/**
	 * Throws {@link Passed} when the time is up or the inspection was cancelled.
	 */
	void check() {
		if (this.whole != null) {
			this.whole.check();
		}
		if (this.cancelled || (this.budget != null && System.nanoTime() - this.endNanos > 0)) {
			throw new Passed();
		}
	}

	/**
	 * As {@link #check()} for the calls a parser makes by the million, each a few nanoseconds (a byte read, a seek, a
	 * content-stream operator): the cancellation is looked at on every call, the clock only on every
	 * {@value #TICKS_PER_CHECK}th, since reading the clock costs more than such a call does (issue 19: 7 % of a cold
	 * run's inspection went to reading it). A runaway loop of such calls is still stopped within microseconds of the
	 * deadline. Only from the thread that inspects, which alone ticks.
	 */
	void tick() {
		if (this.cancelled) {
			throw new Passed();
		}
		if (++this.ticks >= TICKS_PER_CHECK) {
			this.ticks = 0;
			check();
		}
	}

	/**
	 * Thrown out of the parser when the time is up. An {@link Error}, so that the parser's lenient
	 * {@code catch (IOException)} and {@code catch (RuntimeException)} blocks, which repair broken files and go on,
	 * cannot swallow it.
	 */
	static final class Passed extends Error {

		private static final long serialVersionUID = 1L;

		Passed() {
			super("the inspection took longer than allowed", null, false, false);
		}

	}

}
