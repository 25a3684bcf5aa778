package org.langcov.job;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

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

	private Progress progress;

	private long done;

	ProgressListener(StagedSlots slots, Duration interval) {
		this.slots = slots;
		this.interval = interval;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long run = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		StagedSlots.Counts counts = this.slots.counts(run);
		this.done = counts.done();
		this.progress = new Progress(this.out, System.console() != null, this.interval, Clock.systemUTC(),
				stepExecution.getJobExecution().getJobParameters().getString(CoverageRunner.SESSION), counts.total(),
				counts.done());
	}

	@Override
	public void afterWrite(Chunk<? extends InspectedSlot> items) {
		this.done += items.size();
		this.progress.update(this.done);
	}

	@Override
	public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
		this.progress.finish();
		return null;
	}

}
