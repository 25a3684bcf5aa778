package org.langcov.job;

import org.langcov.check.InspectedSlot;
import org.langcov.check.Slot;
import org.langcov.check.SlotInspector;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The inspect step's processor: one slot in, its result out; it never fails the
 * chunk.
 */
class SlotInspectionProcessor implements ItemProcessor<Slot, InspectedSlot> {

	private final SlotInspector inspector;

	SlotInspectionProcessor(SlotInspector inspector) {
		this.inspector = inspector;
	}

	@Override
	public InspectedSlot process(Slot slot) {
		return this.inspector.inspect(slot);
	}

}
