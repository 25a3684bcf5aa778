package org.langcov.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.langcov.register.RegisterNote;
import org.langcov.register.Rejection;
import org.langcov.timeliness.OnTime;

/**
 * Everything a session's reports show, read in streams so that a register of any size fits in bounded memory. Each
 * stream may be read more than once.
 */
public interface ReportSource {

	RunInfo run();

	/** One summary per language in the order A C E F R S, then the overall row. */
	List<LanguageSummary> summary();

	/** Documents in register order. */
	void documents(Consumer<DocumentLine> action);

	/**
	 * Every slot looked up ({@link SlotLine#lookedUp}), in register order, then language order: the documents' slots,
	 * in their order, but for those not looked up.
	 */
	void slots(Consumer<SlotLine> action);

	/** Slots whose status changed since the previous successful run. */
	void changes(Consumer<Change> action);

	/** How many slots {@link #changes} streams. */
	default long changeCount() {
		long[] count = {0};
		changes((change) -> count[0]++);
		return count[0];
	}

	/** Register rows not taken, in row order. */
	void rejections(Consumer<Rejection> action);

	/**
	 * Notes on register rows that were taken, but not quite as written, in row order.
	 */
	default void registerNotes(Consumer<RegisterNote> action) {
	}

	/**
	 * Whether there is any note on register rows: the reports show them only then.
	 */
	default boolean hasRegisterNotes() {
		boolean[] any = {false};
		registerNotes((note) -> any[0] = true);
		return any[0];
	}

	/**
	 * The day timeliness is judged as of; empty when no document has a due date (the job has no {@code opens} and the
	 * register no Deadline), and the reports then leave timeliness out.
	 */
	default Optional<LocalDate> asOf() {
		return Optional.empty();
	}

	/**
	 * Every expected version with a due date, in register order, then language order.
	 */
	default void timeliness(Consumer<TimelinessLine> action) {
	}

	/**
	 * Verdicts counted per language in the order A C E F R S, then overall; empty without due dates.
	 */
	default List<OnTime> onTime() {
		return List.of();
	}

}
