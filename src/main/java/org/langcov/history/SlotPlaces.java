package org.langcov.history;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each slot of a run kept in memory is, by language and symbol: the place of a slot in the order it was added.
 * Shared by the two readers that look a run's slots up in the previous run's instead of joining the runs
 * ({@link RunChanges}, {@link AvailabilityRecorder}), with the budget they keep within.
 */
final class SlotPlaces {

	/** What a kept slot is reckoned to hold in memory: its symbol, its entry in the map, what its reader keeps. */
	static final long BYTES_A_SLOT = 256;

	private final Map<String, Map<String, Integer>> places = new HashMap<>();

	private int size;

	/** How many slots a sixteenth of the heap holds. */
	static long budget() {
		return Runtime.getRuntime().maxMemory() / 16 / BYTES_A_SLOT;
	}

	int size() {
		return this.size;
	}

	/** The slot's place, the next one; -1 when a slot of that symbol and language is there already. */
	int add(String symbol, String language) {
		int place = this.size;
		if (this.places.computeIfAbsent(language, (key) -> new HashMap<>()).putIfAbsent(symbol, place) != null) {
			return -1;
		}
		this.size++;
		return place;
	}

	/** The slot's place, or -1 when there is none of that symbol and language. */
	int indexOf(String symbol, String language) {
		Map<String, Integer> symbols = this.places.get(language);
		Integer place = (symbols != null) ? symbols.get(symbol) : null;
		return (place != null) ? place : -1;
	}

	/** Thrown to stop keeping a run's slots: more than the budget, or a symbol and language twice. */
	static final class NotKept extends RuntimeException {

		NotKept() {
			super(null, null, false, false);
		}

	}

}
