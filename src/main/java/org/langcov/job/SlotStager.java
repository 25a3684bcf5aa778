package org.langcov.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.langcov.slot.InspectedSlot;
import org.langcov.slot.Slot;
import org.langcov.slot.SlotInspector;
import org.langcov.history.RunRepository;
import org.langcov.history.StagedDocument;
import org.langcov.history.TimelinessRepository;
import org.langcov.history.TimelinessRepository.DueDocument;
import org.langcov.register.Document;
import org.langcov.register.RegisterEntry;
import org.langcov.register.RegisterNote;
import org.langcov.register.Rejection;
import org.langcov.store.Store;
import org.langcov.timeliness.DueDate;
import org.langcov.timeliness.DueRule;
import org.langcov.timeliness.DueRules;
import java.time.LocalDate;

/**
 * Turns the register's documents into six staged slots each, with their locations in the store, and stores them in
 * batches so that a register of any size fits in bounded memory: each batch on a thread of its own
 * ({@link WriteBehind}) while the next one is read, handed over when the writer is idle or the batch is full.
 */
final class SlotStager implements AutoCloseable {

	/** Documents a batch holds at most. */
	static final int BATCH = 500;

	/**
	 * Documents a batch holds at least, but the last: with fewer, the writer is idle for them, and each batch is a
	 * commit. Between the two, a batch is handed over as soon as the writer is idle, so that the writer works while the
	 * register is read and the last batch, which the staging waits for, is small (issue 19: with batches of 500 only, a
	 * 1,000-document staging waited 70 ms of its 0.4 s for the writer).
	 */
	static final int MIN_BATCH = 50;

	private final long run;

	private final JobFile job;

	private final Store store;

	private final RunRepository runs;

	private final List<StagedDocument> documents = new ArrayList<>();

	private final List<InspectedSlot> slots = new ArrayList<>();

	private final List<Rejection> rejections = new ArrayList<>();

	private final List<RegisterNote> notes = new ArrayList<>();

	private final TimelinessRepository timeliness;

	private final List<DueDocument> dueDates = new ArrayList<>();

	private final DueRules dueRules;

	private final Consumer<Runnable> inTransaction;

	private final Function<Slot, Optional<InspectedSlot>> known;

	private final WriteBehind writer = new WriteBehind("langcov-staging");

	private int documentSeq;

	private Rejection firstRejection;

	/**
	 * @param store
	 *            the run's store, for the rule that no location leaves it
	 * @param inTransaction
	 *            runs each batch's inserts in a transaction that commits
	 * @param known
	 *            a slot's result when it is known without opening its file ({@link SlotInspector#withoutOpening}):
	 *            staged with it, the slot is not inspected
	 */
	SlotStager(long run, JobFile job, Store store, RunRepository runs, TimelinessRepository timeliness,
			Consumer<Runnable> inTransaction, Function<Slot, Optional<InspectedSlot>> known) {
		this.known = known;
		this.timeliness = timeliness;
		this.inTransaction = inTransaction;
		this.run = run;
		this.job = job;
		this.store = store;
		this.runs = runs;
		this.dueRules = job.dueRules();
	}

	void accept(RegisterEntry entry) {
		if (entry instanceof Rejection rejection) {
			reject(rejection);
		} else if (entry instanceof Document document) {
			stage(document);
		}
		if (this.documents.size() >= BATCH || this.rejections.size() >= BATCH
				|| (this.documents.size() >= MIN_BATCH && this.writer.idle())) {
			flush();
		}
	}

	/**
	 * Hands what is buffered to the writer, which stores it in a transaction of its own while the next batch is read;
	 * throws the failure of the batch stored before.
	 */
	private void flush() {
		List<StagedDocument> documents = new ArrayList<>(this.documents);
		List<InspectedSlot> slots = new ArrayList<>(this.slots);
		List<Rejection> rejections = new ArrayList<>(this.rejections);
		List<RegisterNote> notes = new ArrayList<>(this.notes);
		List<DueDocument> dueDates = new ArrayList<>(this.dueDates);
		this.writer.submit(() -> this.inTransaction.accept(() -> {
			this.runs.insertDocuments(documents);
			this.runs.insertSlots(slots);
			this.runs.insertRejections(this.run, rejections);
			this.runs.insertNotes(this.run, notes);
			this.timeliness.insertDueDates(this.run, dueDates);
		}));
		this.dueDates.clear();
		this.documents.clear();
		this.slots.clear();
		this.rejections.clear();
		this.notes.clear();
	}

	/** Stores what is still buffered and waits until every batch is stored; call once at the end. */
	void finish() {
		flush();
		this.writer.await();
	}

	/**
	 * Waits for the batch being stored, if any, whatever its outcome: after it, nothing of this run is being staged.
	 */
	@Override
	public void close() {
		this.writer.close();
	}

	/** Documents staged so far. */
	int staged() {
		return this.documentSeq;
	}

	/** The first row rejected, or {@code null}. */
	Rejection firstRejection() {
		return this.firstRejection;
	}

	private void reject(Rejection rejection) {
		if (this.firstRejection == null) {
			this.firstRejection = rejection;
		}
		this.rejections.add(rejection);
	}

	private void stage(Document document) {
		DocumentLocations located = DocumentLocations.of(document, this.job.pattern(), this.store);
		if (located.rejection() != null) {
			reject(located.rejection());
			return;
		}
		List<Slot> staged = new ArrayList<>();
		located.locations()
				.forEach((language, location) -> staged.add(new Slot(this.run, Slot.seq(this.documentSeq, language),
						document.symbols(), language, document.expected().contains(language), location)));
		this.documents.add(new StagedDocument(this.run, this.documentSeq, document.row(), document.symbols(),
				document.title(), document.agendaItem()));
		staged.forEach((slot) -> this.slots
				.add(this.known.apply(slot).orElseGet(() -> new InspectedSlot(slot, slot.location(), null))));
		this.notes.addAll(document.notes());
		DueRule rule = this.dueRules.ruleFor(document.primarySymbol());
		Optional<LocalDate> due = DueDate.of(document.deadlineDate(), this.job.opens(), rule);
		if (due.isPresent() || rule.kind() == DueRule.Kind.NONE) {
			// a document exempt from the deadline is listed as such, not left out as if the job had no rule for it
			this.dueDates.add(new DueDocument(this.documentSeq, due.orElse(null)));
		}
		this.documentSeq++;
	}

}
