package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.BrokenRegisters;
import org.langcov.fixtures.Workbooks;
import org.langcov.register.RegisterException;

class SessionPlanTests {

	@TempDir
	Path dir;

	@BeforeEach
	void store() throws IOException {
		Files.createDirectories(this.dir.resolve("store"));
	}

	@Test
	void aJobNamingItsSessionIsOneRun() throws IOException {
		Workbooks.workbook().row(1, "Symbol").row(2, "E/CN.7/2014/1").write(this.dir.resolve("r.xlsx"));

		assertThat(new SessionPlan().runs(job("session: CND57"))).extracting(JobFile::session).containsExactly("CND57");
	}

	@Test
	void aJobWithoutSessionRunsOncePerSessionOfTheRegisterInRegisterOrder() throws IOException {
		Workbooks.workbook().row(1, "Symbol", "Session").row(2, "E/CN.7/2015/1", "CND58")
				.row(3, "E/CN.7/2014/1", "CND57").row(4, "E/CN.7/2015/2", "CND58").write(this.dir.resolve("r.xlsx"));

		assertThat(new SessionPlan().runs(job(""))).extracting(JobFile::session).containsExactly("CND58", "CND57");
	}

	@Test
	void aJobWithoutSessionNeedsARegisterWithASessionColumn() throws IOException {
		Workbooks.workbook().row(1, "Symbol").row(2, "E/CN.7/2014/1").write(this.dir.resolve("r.xlsx"));
		JobFile job = job("");

		assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> new SessionPlan().runs(job))
				.satisfies((ex) -> assertThat(ex.problems()).containsExactly(job.file()
						+ ": key 'session' is required: the register " + job.register() + " has no Session column"));
	}

	@Test
	void aBrokenRegisterOfAJobWithoutSessionIsRefusedBeforeAnyRun() throws IOException {
		BrokenRegisters.pdf(this.dir.resolve("r.xlsx"));
		JobFile job = job("");

		assertThatExceptionOfType(RegisterException.class).isThrownBy(() -> new SessionPlan().runs(job))
				.withMessage(job.register() + ": not a spreadsheet (.xlsx) file: it is a PDF");
	}

	@Test
	void aJobNamingItsSessionLeavesTheRegisterToItsRunWhichTheHistoryRecords() throws IOException {
		BrokenRegisters.pdf(this.dir.resolve("r.xlsx"));

		assertThat(new SessionPlan().runs(job("session: CND57"))).hasSize(1);
	}

	private JobFile job(String session) throws IOException {
		Path file = Files.writeString(this.dir.resolve("job.yml"), session + """

				register: r.xlsx
				documents: store
				output: out
				""");
		return new JobFileReader().read(file);
	}

}
