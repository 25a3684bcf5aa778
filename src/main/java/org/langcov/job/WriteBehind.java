package org.langcov.job;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes on a thread of its own, one write at a time, while the thread that hands them over prepares the next: the
 * staging reads and interprets the register's next batch while the database stores the one before (issue 19: at 20,000
 * documents the inserts are about two thirds of the staging, the register and the store's look-ups the rest). A write
 * is handed over once the one before is done, so that memory holds two batches (the one being written, the one being
 * read), not the register. A write's failure is thrown to the thread that hands over the next one, or that waits for
 * the last.
 */
final class WriteBehind implements AutoCloseable {

	private final ExecutorService thread;

	private Future<?> pending;

	WriteBehind(String name) {
		this.thread = Executors.newSingleThreadExecutor((work) -> {
			Thread writer = new Thread(work, name);
			writer.setDaemon(true);
			return writer;
		});
	}

	/** Hands the write over, once the one before has been done; throws that one's failure. */
	void submit(Runnable write) {
		await();
		this.pending = this.thread.submit(write);
	}

	/** Whether no write is being done: one handed over now would start at once. */
	boolean idle() {
		return this.pending == null || this.pending.isDone();
	}

	/** Waits until every write handed over has been done; throws the failure of one that failed. */
	void await() {
		Future<?> last = this.pending;
		this.pending = null;
		if (last == null) {
			return;
		}
		try {
			waitFor(last);
		} catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	/**
	 * Waits for the write being done, if any, whatever its outcome, and ends the thread: after it nothing is being
	 * written (a failed staging then clears what it wrote).
	 */
	@Override
	public void close() {
		Future<?> last = this.pending;
		this.pending = null;
		try {
			if (last != null) {
				waitFor(last);
			}
		} catch (ExecutionException ex) {
			// the failure that ended the staging, or one behind it: the staging is being abandoned either way
		} finally {
			this.thread.shutdown();
		}
	}

	/**
	 * Waits for the write to end, even when this thread is interrupted: a write is never interrupted (a database in
	 * this process may close its files on an interrupted thread), and one batch takes a fraction of a second. The
	 * interruption is kept for the caller.
	 */
	private static void waitFor(Future<?> write) throws ExecutionException {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					write.get();
					return;
				} catch (InterruptedException ex) {
					interrupted = true;
				}
			}
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
