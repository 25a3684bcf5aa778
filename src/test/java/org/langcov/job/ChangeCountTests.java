package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** The run's summary line takes the number of changes from the reports step, which counted them as it listed them. */
class ChangeCountTests {

	@Test
	void theReportsStepsCountIsTakenAndNothingCountedAgain() {
		JobExecution execution = new JobExecution(1, new JobInstance(1, "coverage"), new JobParameters());
		StepExecution reports = new StepExecution(2, "writeReports", execution);
		reports.getExecutionContext().putLong(WriteReportsTasklet.CHANGES, 7);
		execution.addStepExecutions(List.of(new StepExecution(1, "inspectSlots", execution), reports));

		assertThat(CoverageRunner.changeCount(execution, () -> {
			throw new AssertionError("counted again");
		})).isEqualTo(7);
	}

	@Test
	void aRunWhoseReportsStepDidNotSayIsCountedAgain() {
		JobExecution execution = new JobExecution(1, new JobInstance(1, "coverage"), new JobParameters());
		execution.addStepExecutions(List.of(new StepExecution(2, "writeReports", execution)));

		assertThat(CoverageRunner.changeCount(execution, () -> 3)).isEqualTo(3);
	}

}
