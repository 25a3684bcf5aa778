package org.langcov.check;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread of its own for one {@link TimedInspector} at a time, which can be left behind when it does not come back.
 */
final class InspectionWorker {

	private static final AtomicInteger THREADS = new AtomicInteger();

	private final ExecutorService executor;

	private volatile Thread thread;

	InspectionWorker() {
		this.executor = Executors.newSingleThreadExecutor((runnable) -> {
			Thread created = new Thread(runnable, "langcov-inspect-" + THREADS.incrementAndGet());
			// a stuck inspection must never keep the program from ending
			created.setDaemon(true);
			this.thread = created;
			return created;
		});
	}

	<T> Future<T> submit(Callable<T> work) {
		return this.executor.submit(work);
	}

	/** Ends the thread once it is idle. */
	void shutdown() {
		this.executor.shutdownNow();
	}

	/**
	 * Takes no more work and tries {@code Thread.stop()} on what it runs, which works on Java 17 to 19; returns the
	 * thread, to see whether it ended.
	 */
	@SuppressWarnings({"deprecation", "removal"})
	Thread stop() {
		this.executor.shutdownNow();
		Thread running = this.thread;
		if (running != null) {
			try {
				running.stop();
			} catch (UnsupportedOperationException ex) {
				// Java 20 and later: the thread runs on until it ends by itself
			}
		}
		return running;
	}

}
