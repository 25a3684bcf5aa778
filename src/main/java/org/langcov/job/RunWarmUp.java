package org.langcov.job;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.langcov.register.RegisterInterpreter;
import org.langcov.register.RegisterReader;
import org.langcov.register.RegisterRows;
import org.langcov.report.ReportFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.observability.jfr.events.job.JobExecutionEvent;
import org.springframework.batch.core.observability.jfr.events.job.JobLaunchEvent;
import org.springframework.batch.core.observability.jfr.events.step.StepExecutionEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ChunkTransactionEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ChunkWriteEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ItemProcessEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ItemReadEvent;
import org.springframework.batch.core.observability.jfr.events.step.tasklet.TaskletExecutionEvent;

/**
 * The first steps of a run done once beforehand, on a core the start of the application leaves idle: the first rows of
 * the job's register read and interpreted, and the reports of a made-up session written ({@link ReportFiles#warmUp()}),
 * so that the libraries those steps use are loaded and their code compiled when the run itself gets there (issue 19:
 * the reading of a register and the reports each cost a few tenths of a second more the first time than after). Nothing
 * it does is kept or shown: a failure here is only logged, and the run meets the same problem itself and reports it.
 */
public final class RunWarmUp {

	private static final Logger logger = LoggerFactory.getLogger(RunWarmUp.class);

	/** Rows of the register read: enough to compile the reading of one, not a large register's whole read. */
	static final int ROWS = 200;

	/**
	 * How long the end of a run waits for a warm-up still going (on a machine so busy that it is slower than the run).
	 */
	private static final Duration END_WAIT = Duration.ofSeconds(30);

	private final JobFile job;

	private final CountDownLatch ended = new CountDownLatch(1);

	private volatile boolean started;

	public RunWarmUp(JobFile job) {
		this.job = job;
	}

	/** Starts the warm-up on a thread of its own. */
	public void start() {
		Thread thread = new Thread(() -> {
			try {
				run();
			} catch (Throwable ex) {
				// never on the console, where the default handler would print it: the run goes on without
				logger.warn("The warm-up failed; the run goes on without it", ex);
			} finally {
				this.ended.countDown();
			}
		}, "langcov-warm-up");
		thread.setDaemon(true);
		this.started = true;
		thread.start();
	}

	/**
	 * Waits for the warm-up to end, if it was started, so that its temporary files are gone when the run removes its
	 * temporary folder; gives up after half a minute.
	 */
	public void awaitEnd() {
		if (!this.started) {
			return;
		}
		try {
			if (!this.ended.await(END_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				logger.warn("The warm-up had not ended after {} s", END_WAIT.toSeconds());
			}
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Whether the warm-up started has ended. */
	boolean ended() {
		return this.ended.getCount() == 0;
	}

	/** Readies the job's events, reads the register's first rows and writes the made-up reports, here. */
	void run() {
		long started = System.nanoTime();
		initializeEvents();
		int rows = readRegister();
		long bytes = 0;
		try {
			bytes = ReportFiles.warmUp();
		} catch (IOException | RuntimeException ex) {
			logger.debug("Warm-up: the made-up reports could not be written", ex);
		}
		logger.debug("Warm-up: {} register rows read, {} bytes of made-up reports written and deleted, in {} ms", rows,
				bytes, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Spring Batch's Flight Recorder events, initialized: the first to be registers the recorder's metadata, 30 ms of
	 * the main thread's time when the job is launched (issue 19, profiled on the 1,000-document rerun). How many were.
	 */
	static int initializeEvents() {
		int initialized = 0;
		for (Class<?> event : EVENTS) {
			try {
				Class.forName(event.getName(), true, event.getClassLoader());
				initialized++;
			} catch (ClassNotFoundException | LinkageError ex) {
				logger.debug("Warm-up: {} could not be initialized", event.getName(), ex);
			}
		}
		return initialized;
	}

	/** The events a run records, in the order it records them first. */
	static final List<Class<?>> EVENTS = List.of(JobLaunchEvent.class, JobExecutionEvent.class,
			StepExecutionEvent.class, TaskletExecutionEvent.class, ChunkTransactionEvent.class, ItemReadEvent.class,
			ItemProcessEvent.class, ChunkWriteEvent.class);

	/** Reads and interprets the register's first rows; how many were read. */
	int readRegister() {
		AtomicInteger read = new AtomicInteger();
		RegisterInterpreter interpreter = new RegisterInterpreter(this.job.languages(), this.job.expect(),
				this.job.dateOrder());
		RegisterRows rows = (row) -> {
			interpreter.interpret(row);
			if (read.incrementAndGet() >= ROWS) {
				throw new Enough();
			}
		};
		try {
			RegisterReader.forFile(this.job.register()).read(this.job.register(), this.job.sheet(), rows);
		} catch (Enough ex) {
			// the rows read are enough
		} catch (RuntimeException ex) {
			logger.debug("Warm-up: the register {} could not be read", this.job.register(), ex);
		}
		return read.get();
	}

	/** Ends the reading once enough rows are read. */
	private static final class Enough extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Enough() {
			super(null, null, false, false);
		}

	}

}
