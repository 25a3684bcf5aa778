package org.langcov.job;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

import org.langcov.slot.InspectedSlot;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the slots the inspect step has written and shows the session's
 * progress.
 */
@Component
class ProgressListener implements StepExecutionListener, ItemWriteListener<InspectedSlot> {

	private final JdbcTemplate jdbc;

	private final Duration interval;

	private final PrintStream out = System.out;

	private Progress progress;

	private long done;

	ProgressListener(JdbcTemplate jdbc, @Value("${langcov.progress.interval:5s}") Duration interval) {
		this.jdbc = jdbc;
		this.interval = interval;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long run = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		Long total = this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ?", Long.class, run);
		Long done = this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND STATUS IS NOT NULL",
				Long.class, run);
		this.done = done;
		this.progress = new Progress(this.out, System.console() != null, this.interval, Clock.systemUTC(),
				stepExecution.getJobExecution().getJobParameters().getString(CoverageRunner.SESSION), total, done);
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
