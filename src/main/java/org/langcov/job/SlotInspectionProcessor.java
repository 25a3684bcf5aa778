package org.langcov.job;

import org.langcov.slot.InspectedSlot;
import org.langcov.slot.Slot;
import org.langcov.slot.SlotInspector;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The inspect step's processor: one slot in, its result out; it never fails the
 * chunk. Closing it (at the end of the step) ends the inspection's worker
 * thread.
 */
class SlotInspectionProcessor implements ItemProcessor<Slot, InspectedSlot>, AutoCloseable {

	private final SlotInspector inspector;

	private final AutoCloseable resources;

	SlotInspectionProcessor(SlotInspector inspector, AutoCloseable resources) {
		this.inspector = inspector;
		this.resources = resources;
	}

	@Override
	public InspectedSlot process(Slot slot) {
		return this.inspector.inspect(slot);
	}

	@Override
	public void close() throws Exception {
		this.resources.close();
	}

}
