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

}
