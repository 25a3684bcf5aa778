package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.langcov.register.Rejection;
import org.langcov.report.Change;
import org.langcov.report.DocumentLine;
import org.langcov.report.LanguageSummary;
import org.langcov.report.ReportData;
import org.langcov.report.ReportFixtures;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.report.SlotLine;
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

		assertThat(CoverageRunner.changeCount(execution, new CountsThree())).isEqualTo(7);
	}

	@Test
	void aRunWhoseReportsStepDidNotSayIsCountedByTheSource() {
		JobExecution execution = new JobExecution(1, new JobInstance(1, "coverage"), new JobParameters());
		execution.addStepExecutions(List.of(new StepExecution(2, "writeReports", execution)));

		assertThat(CoverageRunner.changeCount(execution, new CountsThree())).isEqualTo(3);
	}

	/** A run's source whose own count of changes is 3. */
	private static final class CountsThree implements ReportSource {

		private final ReportData data = ReportFixtures.sample(false, 10);

		@Override
		public long changeCount() {
			return 3;
		}

		@Override
		public RunInfo run() {
			return this.data.run();
		}

		@Override
		public List<LanguageSummary> summary() {
			return this.data.summary();
		}

		@Override
		public void documents(Consumer<DocumentLine> action) {
			this.data.documents(action);
		}

		@Override
		public void slots(Consumer<SlotLine> action) {
			this.data.slots(action);
		}

		@Override
		public void changes(Consumer<Change> action) {
			this.data.changes(action);
		}

		@Override
		public void rejections(Consumer<Rejection> action) {
			this.data.rejections(action);
		}

	}

}
