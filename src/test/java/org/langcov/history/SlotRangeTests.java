package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlotRangeTests {

	@Test
	void aRangeIsCutIntoPartsOfNearlyEqualLengthThatCoverItInOrder() {
		assertThat(new SlotRange(1, 10).split(3)).containsExactly(new SlotRange(1, 4), new SlotRange(5, 7),
				new SlotRange(8, 10));
	}

	@Test
	void aRangeIsNeverCutIntoMorePartsThanItHasSlots() {
		assertThat(new SlotRange(7, 8).split(5)).containsExactly(new SlotRange(7, 7), new SlotRange(8, 8));
		assertThat(new SlotRange(1, 1000).split(1)).containsExactly(new SlotRange(1, 1000));
	}

}
