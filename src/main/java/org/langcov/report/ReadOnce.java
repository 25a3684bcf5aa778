package org.langcov.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.langcov.register.RegisterNote;
import org.langcov.register.Rejection;
import org.langcov.timeliness.OnTime;

/**
 * A run's report source read from the database once for all the reports. The reports read the same streams again and
 * again (the slots six times, the documents three), each read a query over the whole run; here the first report to ask
 * for a stream reads it into memory, the others, on their threads, wait while it does, and then each replays it as it
 * writes, so that no report waits while another writes. The slots are the documents' own: a document holds its six
 * slots in the order of the run's slots.
 * <p>
 * Kept only within a budget of lines taken from the heap: a stream that would go past it is let go as soon as it does,
 * and read from the source again each time, as before, so that a register of any size still fits in a small heap.
 */
final class ReadOnce implements ReportSource {

	/**
	 * What a kept line costs, a slot with its strings, about 300 bytes measured, with room; a document counts as one
	 * line for itself and one per slot.
	 */
	static final int LINE_BYTES = 512;

	private final ReportSource source;

	private final AtomicLong budget;

	private final Value<RunInfo> run;

	private final Value<List<LanguageSummary>> summary;

	private final Value<Optional<LocalDate>> asOf;

	private final Value<List<OnTime>> onTime;

	private final Kept<DocumentLine> documents;

	private final Kept<Change> changes;

	private final Kept<Rejection> rejections;

	private final Kept<RegisterNote> registerNotes;

	private final Kept<TimelinessLine> timeliness;

	/** Kept within an eighth of the heap the JVM may grow to. */
	static ReadOnce of(ReportSource source) {
		return new ReadOnce(source, Runtime.getRuntime().maxMemory() / 8 / LINE_BYTES);
	}

	/** What is left of the budget, in lines. */
	long budget() {
		return this.budget.get();
	}

	/** Kept within {@code lines} lines in all. */
	ReadOnce(ReportSource source, long lines) {
		this.source = source;
		this.budget = new AtomicLong(lines);
		this.run = new Value<>(source::run);
		this.summary = new Value<>(source::summary);
		this.asOf = new Value<>(source::asOf);
		this.onTime = new Value<>(source::onTime);
		this.documents = new Kept<>(source::documents, (document) -> 1 + document.slots().size());
		this.changes = new Kept<>(source::changes, (change) -> 1);
		this.rejections = new Kept<>(source::rejections, (rejection) -> 1);
		this.registerNotes = new Kept<>(source::registerNotes, (note) -> 1);
		this.timeliness = new Kept<>(source::timeliness, (line) -> 1);
	}

	@Override
	public RunInfo run() {
		return this.run.get();
	}

	@Override
	public List<LanguageSummary> summary() {
		return this.summary.get();
	}

	@Override
	public void documents(Consumer<DocumentLine> action) {
		this.documents.forEach(action);
	}

	/** From the documents when they are kept; the source's own stream, the same, when they are not. */
	@Override
	public void slots(Consumer<SlotLine> action) {
		if (!this.documents.keptOrKeeps()) {
			this.source.slots(action);
			return;
		}
		this.documents.forEach((document) -> document.slots().values().forEach((slot) -> {
			if (slot.lookedUp()) {
				action.accept(slot);
			}
		}));
	}

	@Override
	public void changes(Consumer<Change> action) {
		this.changes.forEach(action);
	}

	/** The changes kept, counted, when the reports have read them; otherwise counted by the source. */
	@Override
	public long changeCount() {
		List<Change> kept = this.changes.kept();
		return (kept != null) ? kept.size() : this.source.changeCount();
	}

	@Override
	public void rejections(Consumer<Rejection> action) {
		this.rejections.forEach(action);
	}

	@Override
	public void registerNotes(Consumer<RegisterNote> action) {
		this.registerNotes.forEach(action);
	}

	@Override
	public Optional<LocalDate> asOf() {
		return this.asOf.get();
	}

	@Override
	public void timeliness(Consumer<TimelinessLine> action) {
		this.timeliness.forEach(action);
	}

	@Override
	public List<OnTime> onTime() {
		return this.onTime.get();
	}

	/** A value read once, when first asked for. */
	private static final class Value<T> {

		private final Supplier<T> read;

		private T value;

		Value(Supplier<T> read) {
			this.read = read;
		}

		synchronized T get() {
			if (this.value == null) {
				this.value = this.read.get();
			}
			return this.value;
		}

	}

	/** What a caller of a kept stream does: replay it, read it from the source, or read it to keep it. */
	private enum Turn {

		KEPT, TOO_LONG, READ

	}

	/**
	 * A stream read once and kept, while it fits in the budget. The first caller reads it into memory and then replays
	 * it like the others, so that no caller waits while another writes its report; only while the stream is read.
	 */
	private final class Kept<T> {

		private final Consumer<Consumer<T>> read;

		/** How many lines of the budget a line takes. */
		private final ToIntFunction<T> weight;

		/** The whole stream once read; {@code null} before. */
		private volatile List<T> lines;

		/** Whether a caller is reading the stream from the source to keep it; the others wait. */
		private boolean reading;

		/** Set when the stream went past the budget: it is read from the source each time. */
		private volatile boolean tooLong;

		Kept(Consumer<Consumer<T>> read, ToIntFunction<T> weight) {
			this.read = read;
			this.weight = weight;
		}

		/** The whole stream when it has been read and kept; {@code null} otherwise. */
		List<T> kept() {
			return this.lines;
		}

		/** Whether the stream is kept, or will be by the read that keeps it (so far as is known before it ends). */
		boolean keptOrKeeps() {
			return !this.tooLong;
		}

		void forEach(Consumer<T> action) {
			switch (turn()) {
				case KEPT -> this.lines.forEach(action);
				case TOO_LONG -> this.read.accept(action);
				case READ -> read(action);
			}
		}

		/** What this caller does, once no other is reading the stream to keep it. */
		private synchronized Turn turn() {
			while (this.reading) {
				try {
					wait();
				} catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while another report read the run", ex);
				}
			}
			if (this.lines != null) {
				return Turn.KEPT;
			}
			if (this.tooLong) {
				return Turn.TOO_LONG;
			}
			this.reading = true;
			return Turn.READ;
		}

		/**
		 * Reads the stream into memory, then gives it to the action; past the budget, lets it go, tells the waiting
		 * callers to read for themselves, and gives the action what it read and the rest as it comes.
		 */
		private void read(Consumer<T> action) {
			List<T> reading = new ArrayList<>();
			long[] taken = {0};
			boolean[] streaming = {false};
			try {
				this.read.accept((line) -> {
					if (streaming[0]) {
						action.accept(line);
						return;
					}
					int cost = this.weight.applyAsInt(line);
					if (ReadOnce.this.budget.addAndGet(-cost) >= 0) {
						taken[0] += cost;
						reading.add(line);
						return;
					}
					ReadOnce.this.budget.addAndGet(cost + taken[0]);
					taken[0] = 0;
					streaming[0] = true;
					letGo(true);
					reading.forEach(action);
					reading.clear();
					action.accept(line);
				});
			} catch (RuntimeException | Error ex) {
				// a stream cut short is not kept: the budget it took comes back, and the next caller reads again
				ReadOnce.this.budget.addAndGet(taken[0]);
				if (!streaming[0]) {
					letGo(false);
				}
				throw ex;
			}
			if (streaming[0]) {
				return;
			}
			synchronized (this) {
				this.lines = Collections.unmodifiableList(reading);
				this.reading = false;
				notifyAll();
			}
			this.lines.forEach(action);
		}

		private synchronized void letGo(boolean tooLong) {
			this.tooLong |= tooLong;
			this.reading = false;
			notifyAll();
		}

	}

}
