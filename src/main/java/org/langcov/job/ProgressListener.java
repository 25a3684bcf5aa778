package org.langcov.job;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.langcov.history.StagedSlots;
import org.langcov.slot.InspectedSlot;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Counts the slots the inspect step has written and shows the session's progress.
 */
class ProgressListener implements StepExecutionListener, ItemWriteListener<InspectedSlot> {

	private final StagedSlots slots;

	private final Duration interval;

	private final PrintStream out = System.out;

	/**
	 * The running step's: the step's thread reads and writes, and runs of different sessions may go side by side in one
	 * process, each on a thread of its own.
	 */
	private final ThreadLocal<Shown> shown = new ThreadLocal<>();

	/** Whether plain progress lines go to standard output when it is not a terminal. */
	private final boolean always;

	ProgressListener(StagedSlots slots, Duration interval, Mode mode) {
		this.slots = slots;
		this.interval = interval;
		this.always = mode == Mode.ALWAYS;
	}

	/** Where progress goes ({@code langcov.progress}). */
	enum Mode {

		/** A bar on a terminal; without one (cron, a pipe), lines in the log file. */
		TERMINAL,
		/** As TERMINAL on a terminal; without one, lines on standard output too. */
		ALWAYS

	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long run = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		StagedSlots.Counts counts = this.slots.counts(run);
		String session = stepExecution.getJobExecution().getJobParameters().getString(CoverageRunner.SESSION);
		boolean terminal = System.console() != null;
		this.shown.set(new Shown(session, counts.total(), counts.done(),
				new Progress((terminal || this.always) ? this.out : null, terminal, this.interval, Clock.systemUTC(),
						session, counts.total(), counts.done())));
		RunsUnderWay.inspected(session, counts.done(), counts.total());
	}

	@Override
	public void afterWrite(Chunk<? extends InspectedSlot> items) {
		Shown step = this.shown.get();
		step.done += items.size();
		step.update();
	}

	/**
	 * The run's progress while its partitions are inspected elsewhere: every worker's slots, as the database counts
	 * them, at most once per interval.
	 */
	void polled(StepExecution manager) {
		Shown step = this.shown.get();
		Instant now = Instant.now();
		if (step == null || (step.counted != null && now.isBefore(step.counted.plus(this.interval)))) {
			return;
		}
		step.counted = now;
		step.done = this.slots.counts(manager.getJobExecution().getJobInstance().getInstanceId()).done();
		step.update();
	}

	@Override
	public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
		Shown step = this.shown.get();
		if (step != null) {
			step.progress.finish();
			this.shown.remove();
		}
		return null;
	}

	/** A step's slots written so far, and its progress display. */
	private static final class Shown {

		final String session;

		final long total;

		long done;

		Instant counted;

		final Progress progress;

		Shown(String session, long total, long done, Progress progress) {
			this.session = session;
			this.total = total;
			this.done = done;
			this.progress = progress;
		}

		void update() {
			RunsUnderWay.inspected(this.session, this.done, this.total);
			this.progress.update(this.done);
		}

	}

}
