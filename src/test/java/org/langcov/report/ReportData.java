package org.langcov.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
import org.langcov.register.RegisterNote;
import org.langcov.register.Rejection;

/**
 * A {@link ReportSource} held in memory, for the report tests (runs stream theirs from the database).
 *
 * @param run
 *            what the reports say about the run
 * @param summary
 *            one summary per language in the order A C E F R S, then the overall row
 * @param documents
 *            documents in register order
 * @param slots
 *            every slot looked up, in register order, then language order
 * @param changes
 *            slots whose status changed since the previous successful run
 * @param rejections
 *            register rows not taken, in row order
 * @param notes
 *            notes on register rows taken, in row order
 */
public record ReportData(RunInfo run, List<LanguageSummary> summary, List<DocumentLine> documents, List<SlotLine> slots,
		List<Change> changes, List<Rejection> rejections, List<RegisterNote> notes) implements ReportSource {

	public ReportData {
		summary = List.copyOf(summary);
		documents = List.copyOf(documents);
		slots = List.copyOf(slots);
		changes = List.copyOf(changes);
		rejections = List.copyOf(rejections);
		notes = List.copyOf(notes);
	}

	/** Data without notes on register rows. */
	public ReportData(RunInfo run, List<LanguageSummary> summary, List<DocumentLine> documents, List<SlotLine> slots,
			List<Change> changes, List<Rejection> rejections) {
		this(run, summary, documents, slots, changes, rejections, List.of());
	}

	/**
	 * Data whose slots are those of the documents looked up, in register then language order, as a run's, and whose
	 * summary is counted from them.
	 */
	public static ReportData of(RunInfo run, List<DocumentLine> documents, List<Change> changes,
			List<Rejection> rejections) {
		return of(run, documents, changes, rejections, List.of());
	}

	/** As {@link #of(RunInfo, List, List, List)}, with notes on register rows. */
	public static ReportData of(RunInfo run, List<DocumentLine> documents, List<Change> changes,
			List<Rejection> rejections, List<RegisterNote> notes) {
		List<SlotLine> slots = new ArrayList<>();
		for (DocumentLine document : documents) {
			for (Language language : Language.values()) {
				SlotLine slot = document.slots().get(language);
				if (slot != null && slot.lookedUp()) {
					slots.add(slot);
				}
			}
		}
		return new ReportData(run, summarise(slots), documents, slots, changes, rejections, notes);
	}

	/**
	 * Counts expected slots per language, then overall. Slots that are not expected are outside coverage, even when a
	 * file is there.
	 */
	public static List<LanguageSummary> summarise(Iterable<SlotLine> slots) {
		Map<Language, int[]> counts = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			counts.put(language, new int[5]);
		}
		for (SlotLine slot : slots) {
			if (slot.expected()) {
				count(counts.get(slot.language()), slot);
			}
		}
		Map<Language, LanguageSummary> byLanguage = new EnumMap<>(Language.class);
		counts.forEach(
				(language, c) -> byLanguage.put(language, new LanguageSummary(language, c[0], c[1], c[2], c[3], c[4])));
		return LanguageSummary.withOverall(byLanguage);
	}

	private static void count(int[] counts, SlotLine slot) {
		Status status = slot.status();
		counts[0]++;
		if (status.covered()) {
			counts[1]++;
		} else if (status == Status.MISSING) {
			counts[2]++;
		} else if (status.problem()) {
			counts[3]++;
		}
		if (Unverified.is(status, slot.detail())) {
			counts[4]++;
		}
	}

	@Override
	public void documents(Consumer<DocumentLine> action) {
		this.documents.forEach(action);
	}

	@Override
	public void slots(Consumer<SlotLine> action) {
		this.slots.forEach(action);
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
		this.notes.forEach(action);
	}

}
