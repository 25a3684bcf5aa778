package org.langcov.job;

import java.nio.file.Path;

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

	WriteReportsTasklet(JdbcTemplate jdbc, RunRepository runs) {
		this.jdbc = jdbc;
		this.runs = runs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long run = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		RunRecord record = this.runs.find(run);
		new ReportFiles(Path.of(record.output()), record.session())
				.write(new RunReportSource(this.jdbc, this.runs, run));
		return RepeatStatus.FINISHED;
	}

}
