package org.langcov.history;

import java.time.Instant;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Records how a run ended, so that "the previous successful run" means one
 * whose reports were written.
 */
@Component
public class RunStatusListener implements JobExecutionListener {

	private final RunRepository runs;

	public RunStatusListener(RunRepository runs) {
		this.runs = runs;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		String status = (jobExecution.getStatus() == BatchStatus.COMPLETED) ? "COMPLETED" : "FAILED";
		this.runs.finish(jobExecution.getJobInstance().getInstanceId(), status, Instant.now());
	}

}
