package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The part of a deadline that work the inspection can do without is given. */
class DeadlineTests {

	@Test
	void halfOfWhatIsLeftPassesBeforeTheWhole() throws InterruptedException {
		Deadline whole = Deadline.after(Duration.ofSeconds(3));
		Deadline part = whole.halfOfWhatIsLeft();

		Thread.sleep(1_700);

		assertThatThrownBy(part::check).isInstanceOf(Deadline.Passed.class);
		assertThatCode(whole::check).doesNotThrowAnyException();
	}

	@Test
	void theWholeCancelledEndsThePart() {
		Deadline whole = Deadline.after(Duration.ofMinutes(1));
		Deadline part = whole.halfOfWhatIsLeft();
		assertThatCode(part::check).doesNotThrowAnyException();

		whole.cancel();

		assertThatThrownBy(part::check).isInstanceOf(Deadline.Passed.class);
	}

	@Test
	void noDeadlineHasNoPartThatPasses() {
		Deadline whole = Deadline.none();
		Deadline part = whole.halfOfWhatIsLeft();

		assertThatCode(part::check).doesNotThrowAnyException();
		whole.cancel();
		assertThatThrownBy(part::check).isInstanceOf(Deadline.Passed.class);
	}

	@Test
	void aTickReadsTheClockOnceInSoManyCalls() throws InterruptedException {
		Deadline deadline = Deadline.after(Duration.ofMillis(50));
		deadline.tick();
		Thread.sleep(100);

		// the clock is read on the TICKS_PER_CHECK-th call: until then the ticks pass
		for (int i = 2; i < Deadline.TICKS_PER_CHECK; i++) {
			deadline.tick();
		}
		assertThatThrownBy(deadline::tick).isInstanceOf(Deadline.Passed.class);
	}

	@Test
	void aCancelledDeadlineStopsTheNextTick() {
		Deadline deadline = Deadline.after(Duration.ofMinutes(1));
		deadline.tick();

		deadline.cancel();

		assertThatThrownBy(deadline::tick).isInstanceOf(Deadline.Passed.class);
	}

	@Test
	void ticksWithinTheTimePass() {
		Deadline deadline = Deadline.after(Duration.ofMinutes(1));

		assertThatCode(() -> {
			for (int i = 0; i < 10 * Deadline.TICKS_PER_CHECK; i++) {
				deadline.tick();
			}
		}).doesNotThrowAnyException();
	}

}
