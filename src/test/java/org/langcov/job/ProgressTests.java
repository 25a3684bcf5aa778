package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ProgressTests {

	final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	final PrintStream out = new PrintStream(this.bytes, true, StandardCharsets.UTF_8);

	final MutableClock clock = new MutableClock();

	@Test
	void withoutATerminalAPlainLineEveryIntervalAndNothingElse() {
		Progress progress = new Progress(this.out, false, Duration.ofSeconds(5), this.clock, "CND57", 1200, 0);

		this.clock.advance(Duration.ofSeconds(2));
		progress.update(100);
		this.clock.advance(Duration.ofSeconds(4));
		progress.update(300);
		this.clock.advance(Duration.ofSeconds(1));
		progress.update(350);
		this.clock.advance(Duration.ofSeconds(5));
		progress.update(600);
		progress.finish();

		assertThat(text()).isEqualTo("""
				CND57: inspected 300 of 1200 slots, 50/s, 0:18 left
				CND57: inspected 600 of 1200 slots, 50/s, 0:12 left
				""");
	}

	@Test
	void aResumedRunCountsItsRateFromWhatItDidItself() {
		Progress progress = new Progress(this.out, false, Duration.ofSeconds(5), this.clock, "CND57", 1000, 400);

		this.clock.advance(Duration.ofSeconds(10));
		progress.update(500);

		assertThat(text()).isEqualTo("CND57: inspected 500 of 1000 slots, 10/s, 0:50 left\n");
	}

	@Test
	void onATerminalABarRedrawnInPlaceAndClearedAtTheEnd() {
		Progress progress = new Progress(this.out, true, Duration.ofSeconds(5), this.clock, "CND57", 100, 0);

		this.clock.advance(Duration.ofSeconds(1));
		progress.update(50);
		progress.finish();

		assertThat(text()).isEqualTo(
				"\rCND57 [###############...............] 50 of 100 slots, 50/s, 0:01 left\033[K" + "\r\033[K");
	}

	private String text() {
		return this.bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-28T02:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
