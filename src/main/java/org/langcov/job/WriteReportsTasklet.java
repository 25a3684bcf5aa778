package org.langcov.job;

import java.nio.file.Path;

import org.langcov.history.AvailabilityRecorder;
import org.langcov.history.RunRecord;
import org.langcov.history.RunReportSource;
import org.langcov.history.RunRepository;
import org.langcov.report.ReportFiles;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes the session's workbook and PDF from what the run stored. */
@Component
class WriteReportsTasklet implements Tasklet {

	private final JdbcTemplate jdbc;

	private final RunRepository runs;

	private final AvailabilityRecorder availability;

	WriteReportsTasklet(JdbcTemplate jdbc, RunRepository runs, AvailabilityRecorder availability) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.availability = availability;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long run = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		RunRecord record = this.runs.find(run);
		// the reports' Available since and timeliness read these days
		this.availability.record(run);
		new ReportFiles(Path.of(record.output()), record.session())
				.write(new RunReportSource(this.jdbc, this.runs, run));
		return RepeatStatus.FINISHED;
	}

}
