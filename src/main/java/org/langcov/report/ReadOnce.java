package org.langcov.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.langcov.register.RegisterNote;
import org.langcov.register.Rejection;
import org.langcov.timeliness.OnTime;

/**
 * A run's report source read from the database once for all the reports. The reports read the same streams again and
 * again (the slots six times, the documents three), each read a query over the whole run; here the first report to ask
 * for a stream reads it and keeps it while it goes on writing, and the others, on their threads, wait for it and replay
 * it. The slots are the documents' own: a document holds its six slots in the order of the run's slots.
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

	/** How many lines of the budget a line takes. */
	private interface Weight<T> {

		int of(T line);

	}

	/** A stream read once and kept, while it fits in the budget. */
	private final class Kept<T> {

		private final Consumer<Consumer<T>> read;

		private final Weight<T> weight;

		/** The whole stream once read; {@code null} before. */
		private List<T> lines;

		/** Set when the stream went past the budget: it is read from the source each time. */
		private volatile boolean tooLong;

		Kept(Consumer<Consumer<T>> read, Weight<T> weight) {
			this.read = read;
			this.weight = weight;
		}

		/** Whether the stream is kept, or will be by the read that keeps it (so far as is known before it ends). */
		boolean keptOrKeeps() {
			return !this.tooLong;
		}

		void forEach(Consumer<T> action) {
			List<T> kept = keep(action);
			if (kept != null) {
				kept.forEach(action);
			}
		}

		/**
		 * The kept lines for the caller to replay; or {@code null} when the caller was given the lines as they were
		 * read, by the read that keeps them or, past the budget, from the source.
		 */
		private List<T> keep(Consumer<T> action) {
			if (this.tooLong) {
				this.read.accept(action);
				return null;
			}
			synchronized (this) {
				if (this.lines != null) {
					return this.lines;
				}
				if (this.tooLong) {
					// let go while this caller waited: read outside the lock, as the others do
				} else {
					read(action);
					return null;
				}
			}
			this.read.accept(action);
			return null;
		}

		/** Reads the stream, giving each line to the action as it comes and keeping it while the budget lasts. */
		private void read(Consumer<T> action) {
			List<T> reading = new ArrayList<>();
			long[] taken = {0};
			try {
				this.read.accept((line) -> {
					if (!this.tooLong) {
						int cost = this.weight.of(line);
						if (ReadOnce.this.budget.addAndGet(-cost) >= 0) {
							taken[0] += cost;
							reading.add(line);
						} else {
							ReadOnce.this.budget.addAndGet(cost + taken[0]);
							taken[0] = 0;
							reading.clear();
							this.tooLong = true;
						}
					}
					action.accept(line);
				});
			} catch (RuntimeException | Error ex) {
				// a stream cut short by a failing report is not kept: the budget it took comes back
				ReadOnce.this.budget.addAndGet(taken[0]);
				throw ex;
			}
			if (!this.tooLong) {
				this.lines = Collections.unmodifiableList(reading);
			}
		}

	}

}
