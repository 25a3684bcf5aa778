package org.langcov.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.langcov.history.SlotRange;
import org.langcov.history.StagedSlots;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts a run's slots into partitions of consecutive slot numbers, several per worker: {@code langcov.broker.partitions}
 * of them, or by default one per thousand slots (at least one, at most 256), so that a worker that dies costs little
 * and the last partitions keep every worker busy. A restart of the run cuts them again the same way (the slots of a run
 * never change), and Spring Batch then keeps only those not completed.
 */
final class SlotRanges implements Partitioner {

	static final int SLOTS_PER_PARTITION = 1000;

	static final int MOST = 256;

	private final StagedSlots slots;

	private final long run;

	private final String store;

	private final JobFile job;

	private final int partitions;

	SlotRanges(StagedSlots slots, long run, String store, JobFile job, int partitions) {
		this.slots = slots;
		this.run = run;
		this.store = store;
		this.job = job;
		this.partitions = partitions;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		SlotRange all = this.slots.range(this.run).orElse(new SlotRange(1, 0));
		long count = Math.max(0, all.last() - all.first() + 1);
		int parts = (this.partitions > 0)
				? this.partitions
				: (int) Math.min(MOST, Math.max(1, (count + SLOTS_PER_PARTITION - 1) / SLOTS_PER_PARTITION));
		List<SlotRange> ranges = (count == 0) ? List.of(all) : all.split(parts);
		Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
		for (int i = 0; i < ranges.size(); i++) {
			contexts.put("partition" + i, new PartitionSettings(this.run, ranges.get(i), this.store,
					this.job.fileTimeout(), this.job.webLimits()).context());
		}
		return contexts;
	}

}
