package org.langcov.check;

import org.langcov.vocabulary.Status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds the time of each file's inspection: the {@code file-timeout} of the job file.
 * <p>
 * PDFBox never checks thread interrupts, so the time is kept in two ways. The inspection itself checks a
 * {@link Deadline} on every read of the file, every stream it decodes and every content-stream operator, and gives up
 * on its own: that covers nearly every runaway file. For the rest, code that loops without touching any of those, a
 * watchdog waits a grace period longer, then gives the slot its TIMEOUT, leaves the stuck thread behind and goes on
 * with a fresh one. It also tries {@code Thread.stop()}, which ends such a thread on Java 17 to 19 and throws on later
 * versions; so that stuck threads cannot pile up where it does not work, once {@value #MAX_STUCK} are stuck the next
 * files are not inspected (TIMEOUT, saying why) until one of them ends.
 * <p>
 * Several threads may inspect at once (the inspect step's processor runs on {@code langcov.parallelism} threads): each
 * call borrows an idle worker, or starts one.
 */
public final class TimedInspector implements FileInspector, AutoCloseable {

	/** How long past the timeout the watchdog waits for an inspection that does not end by itself. */
	static final Duration GRACE = Duration.ofSeconds(2);

	/** Stuck threads tolerated at once: each may hold a core and memory. */
	static final int MAX_STUCK = 2;

	private final Task task;

	private final Duration timeout;

	private final Duration grace;

	private final Deque<InspectionWorker> idle = new ConcurrentLinkedDeque<>();

	private final List<Thread> stuck = new ArrayList<>();

	private volatile boolean closed;

	/** Inspects with {@code inspector}, each file within {@code timeout}. */
	public TimedInspector(PdfInspector inspector, Duration timeout) {
		this(inspector::inspect, timeout, GRACE);
	}

	TimedInspector(Task task, Duration timeout, Duration grace) {
		this.task = task;
		this.timeout = timeout;
		this.grace = grace;
	}

	@Override
	public Inspection inspect(Path file, Expected expected) {
		int stuckNow = stuckThreads();
		if (stuckNow >= MAX_STUCK) {
			return withFileFacts(file, "not inspected: " + stuckNow
					+ " earlier inspections are still stuck in the PDF parser; the next run tries again");
		}
		InspectionWorker worker = this.idle.poll();
		if (worker == null) {
			worker = new InspectionWorker();
		}
		Deadline deadline = Deadline.after(this.timeout);
		Future<Inspection> result = worker.submit(() -> run(file, expected, deadline));
		try {
			Inspection inspection = result.get(this.timeout.plus(this.grace).toNanos(), TimeUnit.NANOSECONDS);
			release(worker);
			return inspection;
		} catch (TimeoutException ex) {
			deadline.cancel();
			abandon(worker);
			return withFileFacts(file, tookTooLong(this.timeout));
		} catch (ExecutionException ex) {
			// run() catches everything; this is only a safety net
			release(worker);
			return Inspection.of(Status.DAMAGED, "the inspection failed: " + Reasons.of(ex.getCause(), "no reason"));
		} catch (InterruptedException ex) {
			// the run itself is being stopped, not this file's fault
			deadline.cancel();
			release(worker);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while inspecting " + file, ex);
		}
	}

	private Inspection run(Path file, Expected expected, Deadline deadline) {
		try {
			return this.task.inspect(file, expected, deadline);
		} catch (Deadline.Passed ex) {
			return withFileFacts(file, tookTooLong(this.timeout));
		} catch (StackOverflowError ex) {
			return Inspection.of(Status.DAMAGED, "cannot be parsed: its objects nest too deeply");
		} catch (Throwable ex) {
			// any failure is this file's status, never the run's: OutOfMemoryError included
			return Inspection.of(Status.DAMAGED, "the inspection failed: " + Reasons.of(ex, "no reason given"));
		}
	}

	private void release(InspectionWorker worker) {
		this.idle.push(worker);
		if (this.closed) {
			close();
		}
	}

	/**
	 * Leaves a stuck worker behind, after trying to stop it; the next file gets a fresh one.
	 */
	private void abandon(InspectionWorker worker) {
		Thread thread = worker.stop();
		if (thread == null) {
			return;
		}
		try {
			thread.join(this.grace.toMillis());
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (thread.isAlive()) {
			synchronized (this.stuck) {
				this.stuck.add(thread);
			}
		}
	}

	/** A TIMEOUT with what is known of the file without opening it. */
	private static Inspection withFileFacts(Path file, String detail) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new Inspection(Status.TIMEOUT, detail, attributes.size(), null, null, null,
					attributes.lastModifiedTime().toInstant());
		} catch (IOException | RuntimeException ex) {
			return Inspection.of(Status.TIMEOUT, detail);
		}
	}

	/**
	 * The detail of a TIMEOUT, such as {@code the inspection took longer than the file-timeout of 30s}.
	 */
	static String tookTooLong(Duration timeout) {
		return "the inspection took longer than "
				+ ((timeout != null) ? "the file-timeout of " + format(timeout) : "allowed");
	}

	private static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis % 60_000 == 0) {
			return (millis / 60_000) + "m";
		}
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	/** Threads left stuck and still running. */
	int stuckThreads() {
		synchronized (this.stuck) {
			this.stuck.removeIf((thread) -> !thread.isAlive());
			return this.stuck.size();
		}
	}

	/** Ends the idle workers; one still inspecting ends when it is done. */
	@Override
	public void close() {
		this.closed = true;
		for (InspectionWorker worker = this.idle.poll(); worker != null; worker = this.idle.poll()) {
			worker.shutdown();
		}
	}

	/** One inspection that checks the deadline it is given. */
	@FunctionalInterface
	interface Task {

		Inspection inspect(Path file, Expected expected, Deadline deadline);

	}

}
