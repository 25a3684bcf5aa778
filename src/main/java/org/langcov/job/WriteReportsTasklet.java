package org.langcov.job;

import java.nio.file.Path;

import org.langcov.history.AvailabilityRecorder;
import org.langcov.history.RunRecord;
import org.langcov.history.PlannerStatistics;
import org.langcov.history.RunRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes the session's workbook and PDF from what the run stored. */
class WriteReportsTasklet implements Tasklet {

	/** The step's context entry: how many slots the reports list as changed since the previous successful run. */
	static final String CHANGES = "langcov.changes";

	private final RunRepository runs;

	private final AvailabilityRecorder availability;

	private final PlannerStatistics statistics;

	private final TransactionTemplate ownTransaction;

	WriteReportsTasklet(RunRepository runs, AvailabilityRecorder availability, PlannerStatistics statistics,
			PlatformTransactionManager transactionManager) {
		this.runs = runs;
		this.availability = availability;
		this.statistics = statistics;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		JobExecution execution = contribution.getStepExecution().getJobExecution();
		long run = execution.getJobInstance().getInstanceId();
		RunRecord record = this.runs.find(run);
		// the days are found by a join planned from the statistics of the slots as inspected, the reports' joins from
		// those of the days too (on PostgreSQL; see PlannerStatistics)
		this.ownTransaction.executeWithoutResult((status) -> this.statistics.refresh());
		// the reports' Available since and timeliness read these days; committed first, since the two reports are
		// written side by side, each thread with a connection of its own (recording again on a restart replaces them)
		this.ownTransaction.executeWithoutResult((status) -> this.availability.record(run));
		this.ownTransaction.executeWithoutResult((status) -> this.statistics.refresh());
		long changes = AsOfRun.reports(Path.of(record.output()), record.session(), execution.getJobParameters())
				.write(this.runs.reportSource(run));
		// for the run's summary line, which would otherwise count them again
		contribution.getStepExecution().getExecutionContext().putLong(CHANGES, changes);
		return RepeatStatus.FINISHED;
	}

}
