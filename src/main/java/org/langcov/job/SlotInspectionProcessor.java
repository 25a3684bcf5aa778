package org.langcov.job;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.langcov.check.PdfInspector;
import org.langcov.check.TimedInspector;
import org.langcov.slot.InspectedSlot;
import org.langcov.slot.InspectionCache;
import org.langcov.slot.Slot;
import org.langcov.slot.SlotInspector;
import org.langcov.store.Store;
import org.langcov.system.TempFolder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * The inspect step's processor: one slot in, its result out; it never fails the chunk. A stream of the step, so that it
 * is made when the step opens, on the step's own thread, where the run's job file can be had (the worker threads know
 * the step only); closing it (at the end of the step) ends the inspection's worker threads.
 */
class SlotInspectionProcessor implements ItemProcessor<Slot, InspectedSlot>, ItemStream, AutoCloseable {

	private final SlotInspector inspector;

	private final AutoCloseable resources;

	private final UnaryOperator<InspectedSlot> after;

	SlotInspectionProcessor(SlotInspector inspector, AutoCloseable resources) {
		this(inspector, resources, UnaryOperator.identity());
	}

	SlotInspectionProcessor(SlotInspector inspector, AutoCloseable resources, UnaryOperator<InspectedSlot> after) {
		this.inspector = inspector;
		this.resources = resources;
		this.after = after;
	}

	/**
	 * Inspects each slot's file in the store within the time limit, using what the cache knows.
	 */
	static SlotInspectionProcessor of(Store store, InspectionCache cache, Duration fileTimeout) {
		TimedInspector inspection = new TimedInspector(new PdfInspector(TempFolder.streamCache()), fileTimeout);
		return new SlotInspectionProcessor(new SlotInspector(store, inspection, cache), inspection);
	}

	/** As {@link #of(Store, InspectionCache, Duration)}, each result then passed through {@code after}. */
	static SlotInspectionProcessor of(Store store, InspectionCache cache, Duration fileTimeout,
			UnaryOperator<InspectedSlot> after) {
		TimedInspector inspection = new TimedInspector(new PdfInspector(TempFolder.streamCache()), fileTimeout);
		return new SlotInspectionProcessor(new SlotInspector(store, inspection, cache), inspection, after);
	}

	@Override
	public InspectedSlot process(Slot slot) {
		return this.after.apply(this.inspector.inspect(slot));
	}

	@Override
	public void close() {
		try {
			this.resources.close();
		} catch (Exception ex) {
			throw new ItemStreamException("The inspection could not be closed", ex);
		}
	}

}
