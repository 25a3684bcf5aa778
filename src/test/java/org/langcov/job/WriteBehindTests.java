package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WriteBehindTests {

	@Test
	void writesAreDoneInTurnOnAThreadOfTheirOwnWhileTheCallerGoesOn() throws Exception {
		List<String> done = new CopyOnWriteArrayList<>();
		AtomicInteger atOnce = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (WriteBehind writer = new WriteBehind("test-writer")) {
			// when a first write is handed over and does not end until told
			writer.submit(() -> {
				firstStarted.countDown();
				await(release);
				done.add("first " + Thread.currentThread().getName());
			});

			// then the caller goes on while it is written
			assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(done).isEmpty();
			release.countDown();
			// and the writes handed over after it are done in turn, one at a time
			for (int i = 0; i < 20; i++) {
				int n = i;
				writer.submit(() -> {
					most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
					done.add("write " + n);
					atOnce.decrementAndGet();
				});
			}
			writer.await();
		}
		assertThat(done).hasSize(21).first().isEqualTo("first test-writer");
		assertThat(done.subList(1, 21))
				.containsExactly(IntStream.range(0, 20).mapToObj((i) -> "write " + i).toArray(String[]::new));
		assertThat(most).hasValue(1);
	}

	@Test
	void theWriterIsIdleOnlyWhenNoWriteIsBeingDone() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		try (WriteBehind writer = new WriteBehind("test-writer")) {
			assertThat(writer.idle()).isTrue();
			writer.submit(() -> await(release));
			assertThat(writer.idle()).isFalse();
			release.countDown();
			writer.await();
			assertThat(writer.idle()).isTrue();
		}
	}

	@Test
	void aWriteThatFailsIsThrownToTheCallerAtTheNextHandOverOrWait() {
		try (WriteBehind writer = new WriteBehind("test-writer")) {
			writer.submit(() -> {
				throw new IllegalStateException("the disk is full");
			});
			assertThatIllegalStateException().isThrownBy(() -> writer.submit(() -> {
			})).withMessage("the disk is full");
		}
		try (WriteBehind writer = new WriteBehind("test-writer")) {
			writer.submit(() -> {
				throw new IllegalStateException("the disk is full");
			});
			assertThatIllegalStateException().isThrownBy(writer::await).withMessage("the disk is full");
		}
	}

	@Test
	void closingWaitsForTheWriteBeingDoneWhateverItsOutcome() {
		AtomicBoolean written = new AtomicBoolean();
		WriteBehind writer = new WriteBehind("test-writer");
		writer.submit(() -> {
			sleep(300);
			written.set(true);
		});
		writer.close();
		assertThat(written).as("written when close returns").isTrue();

		WriteBehind failing = new WriteBehind("test-writer");
		failing.submit(() -> {
			sleep(100);
			throw new IllegalStateException("the disk is full");
		});
		failing.close();
	}

	@Test
	void anInterruptedCallerStillWaitsForTheWriteAndKeepsItsInterruption() {
		AtomicBoolean written = new AtomicBoolean();
		try (WriteBehind writer = new WriteBehind("test-writer")) {
			writer.submit(() -> {
				sleep(300);
				written.set(true);
			});
			Thread.currentThread().interrupt();
			writer.await();
			assertThat(written).isTrue();
			assertThat(Thread.interrupted()).as("the interruption kept").isTrue();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
