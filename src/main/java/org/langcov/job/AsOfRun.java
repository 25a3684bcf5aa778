package org.langcov.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.langcov.report.ReportFiles;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What sets a run made with {@code --as-of} apart: its reports are named for its day, beside the current ones, and it
 * leaves the history when it ends ({@link org.langcov.history.AsOfRuns}).
 */
final class AsOfRun {

	/** Not identifying: {@code true} on a run made with {@code --as-of}. */
	static final String PARAMETER = "asOfRun";

	private AsOfRun() {
	}

	static boolean is(JobParameters parameters) {
		return Boolean.parseBoolean(parameters.getString(PARAMETER));
	}

	/** Where the run's reports go. */
	static ReportFiles reports(Path output, String session, JobParameters parameters) {
		ReportFiles files = new ReportFiles(output, session);
		return is(parameters) ? files.asOf(LocalDate.parse(parameters.getString(CoverageRunner.AS_OF))) : files;
	}

}
