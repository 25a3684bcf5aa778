package org.langcov.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The slots of a run numbered {@code first} to {@code last}, both included: what a partition of the inspection covers.
 * Two numbers, so that a partition's context holds numbers only.
 */
public record SlotRange(long first, long last) {

	/** This range cut into at most {@code parts} ranges of nearly equal length, in order. */
	public List<SlotRange> split(int parts) {
		long length = this.last - this.first + 1;
		int count = (int) Math.max(1, Math.min(parts, length));
		List<SlotRange> ranges = new ArrayList<>(count);
		long start = this.first;
		for (int i = 0; i < count; i++) {
			long size = length / count + ((i < length % count) ? 1 : 0);
			ranges.add(new SlotRange(start, start + size - 1));
			start += size;
		}
		return ranges;
	}

}
