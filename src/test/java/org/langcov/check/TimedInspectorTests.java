package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watchdog: every file gets a status within its time, whatever the inspection does, and the next file is still
 * inspected.
 */
class TimedInspectorTests {

	private static final Duration TIMEOUT = Duration.ofMillis(300);

	private static final Duration GRACE = Duration.ofMillis(300);

	private static final Path FILE = Path.of("no-such-folder/file.pdf");

	private static final Expected EXPECTED = new Expected(List.of("E/CN.7/2014/1"), Language.ENGLISH);

	private static final Inspection GOOD = Inspection.of(Status.AVAILABLE, "");

	private final AtomicBoolean released = new AtomicBoolean();

	@AfterEach
	void release() {
		this.released.set(true);
	}

	@Test
	void anInspectionThatChecksItsDeadlineEndsAsTimeoutOnItsOwn() {
		try (TimedInspector inspection = timed((file, expected, deadline) -> {
			while (true) {
				deadline.check();
			}
		})) {
			long started = System.nanoTime();

			Inspection result = inspection.inspect(FILE, EXPECTED);

			assertThat(result.status()).isEqualTo(Status.TIMEOUT);
			assertThat(result.detail()).isEqualTo("the inspection took longer than the file-timeout of 300ms");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plus(GRACE));
			assertThat(inspection.stuckThreads()).isZero();
		}
	}

	@Test
	void anInspectionThatNeverChecksIsStoppedAndTheNextFileIsStillInspected() {
		AtomicBoolean first = new AtomicBoolean(true);
		try (TimedInspector inspection = timed((file, expected, deadline) -> {
			if (first.getAndSet(false)) {
				spin();
			}
			return GOOD;
		})) {
			long started = System.nanoTime();

			Inspection stuck = inspection.inspect(FILE, EXPECTED);

			assertThat(stuck.status()).isEqualTo(Status.TIMEOUT);
			assertThat(Duration.ofNanos(System.nanoTime() - started))
					.isLessThan(TIMEOUT.plus(GRACE).plus(GRACE).plus(Duration.ofSeconds(1)));
			assertThat(inspection.inspect(FILE, EXPECTED)).isEqualTo(GOOD);
		}
	}

	@Test
	void threadsThatCannotBeStoppedDoNotPileUp() {
		// as on Java 20 and later, where Thread.stop() throws: the thread runs on
		try (TimedInspector inspection = timed((file, expected, deadline) -> {
			while (!this.released.get()) {
				try {
					spin();
				} catch (Throwable ex) {
					// shrugs off Thread.stop()
				}
			}
			return GOOD;
		})) {
			for (int i = 0; i < TimedInspector.MAX_STUCK; i++) {
				assertThat(inspection.inspect(FILE, EXPECTED).status()).isEqualTo(Status.TIMEOUT);
			}
			assertThat(inspection.stuckThreads()).isEqualTo(TimedInspector.MAX_STUCK);

			long started = System.nanoTime();
			Inspection skipped = inspection.inspect(FILE, EXPECTED);

			assertThat(skipped.status()).isEqualTo(Status.TIMEOUT);
			assertThat(skipped.detail()).startsWith("not inspected: 2 earlier inspections are still stuck");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT);

			this.released.set(true);
			waitUntil(() -> inspection.stuckThreads() == 0);
			assertThat(inspection.inspect(FILE, EXPECTED)).isEqualTo(GOOD);
		}
	}

	@Test
	void anyThrowableIsAStatusOfTheFileNeverAFailure() {
		try (TimedInspector overflow = timed((file, expected, deadline) -> {
			throw new StackOverflowError();
		}); TimedInspector memory = timed((file, expected, deadline) -> {
			throw new OutOfMemoryError("Java heap space");
		}); TimedInspector bug = timed((file, expected, deadline) -> {
			throw new IllegalStateException("a bug");
		})) {
			assertThat(overflow.inspect(FILE, EXPECTED))
					.isEqualTo(Inspection.of(Status.DAMAGED, "cannot be parsed: its objects nest too deeply"));
			assertThat(memory.inspect(FILE, EXPECTED).status()).isEqualTo(Status.DAMAGED);
			assertThat(bug.inspect(FILE, EXPECTED))
					.isEqualTo(Inspection.of(Status.DAMAGED, "the inspection failed: a bug"));
		}
	}

	@Test
	void inspectionsFromSeveralThreadsRunSideBySide() throws Exception {
		// each inspection waits for the others: one at a time, they would all time out
		CountDownLatch together = new CountDownLatch(4);
		try (TimedInspector inspection = timed((file, expected, deadline) -> {
			together.countDown();
			try {
				return together.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) ? GOOD : null;
			} catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		})) {
			ExecutorService callers = Executors.newFixedThreadPool(4);
			List<Future<Inspection>> results = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				results.add(callers.submit(() -> inspection.inspect(FILE, EXPECTED)));
			}
			for (Future<Inspection> result : results) {
				assertThat(result.get()).isEqualTo(GOOD);
			}
			callers.shutdown();
		}
	}

	private TimedInspector timed(TimedInspector.Task task) {
		return new TimedInspector(task, TIMEOUT, GRACE);
	}

	/** Busy work that never looks at a deadline or an interrupt. */
	private void spin() {
		long x = 0;
		while (!this.released.get()) {
			x += System.identityHashCode(this) % 7;
		}
		if (x == 42) {
			throw new IllegalStateException();
		}
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < until) {
			Thread.onSpinWait();
		}
		assertThat(condition.getAsBoolean()).isTrue();
	}

}
