package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.Workbooks;
import org.langcov.system.LangcovHome;
import org.langcov.system.TempFolder;

/**
 * The warm-up of a run: a few of the register's rows, the made-up reports, nothing left behind.
 */
class RunWarmUpTests {

	@TempDir
	Path folder;

	@Test
	void aLargeRegisterHasOnlyItsFirstRowsRead() throws IOException {
		// given a register of 1,000 documents
		Workbooks register = Workbooks.workbook().row(1, "Symbol", "Title");
		for (int row = 2; row <= 1_001; row++) {
			register.row(row, "E/CN.7/2014/" + row, "Title " + row);
		}
		Path job = job(register);

		// when the warm-up reads it
		int read = new RunWarmUp(new JobFileReader().read(job)).readRegister();

		// then it stopped after its first rows
		assertThat(read).isEqualTo(RunWarmUp.ROWS);
	}

	@Test
	void everyEventOfARunIsInitializedByTheWarmUp() {
		assertThat(RunWarmUp.initializeEvents()).isEqualTo(RunWarmUp.EVENTS.size()).isEqualTo(8);
	}

	@Test
	void aSmallRegisterIsReadWhole() throws IOException {
		// given a register of 3 documents
		Path job = job(Workbooks.workbook().row(1, "Symbol", "Title").row(2, "E/CN.7/2014/1", "Agenda")
				.row(3, "E/CN.7/2014/2", "Report").row(4, "E/CN.7/2014/3", "Draft"));

		// when the warm-up reads it, then it read all three
		assertThat(new RunWarmUp(new JobFileReader().read(job)).readRegister()).isEqualTo(3);
	}

	@Test
	void aRegisterThatCannotBeReadIsLeftToTheRun() throws IOException {
		// given a job whose register is not a workbook
		Path job = job(null);
		Files.writeString(this.folder.resolve("register.xlsx"), "Symbol,Title");

		// when the warm-up reads it, then it gives up quietly: the run says what is wrong
		assertThat(new RunWarmUp(new JobFileReader().read(job)).readRegister()).isZero();
	}

	@Test
	void theWarmUpLeavesNoTemporaryFileBehind() throws IOException {
		// given a job, in an installation of its own
		String home = LangcovHome.get().toString();
		System.setProperty(LangcovHome.PROPERTY, this.folder.toString());
		try {
			Path job = job(Workbooks.workbook().row(1, "Symbol").row(2, "E/CN.7/2014/1"));
			RunWarmUp warmUp = new RunWarmUp(new JobFileReader().read(job));

			// when it warms up on its thread, and the run waits for its end
			warmUp.start();
			warmUp.awaitEnd();
			assertThat(warmUp.ended()).as("waited for").isTrue();

			// then the made-up reports are gone, and their folder with them
			assertThat(TempFolder.root().startsWith(this.folder)).as("in the installation of the test").isTrue();
			assertThat(files(TempFolder.root())).isEmpty();
		} finally {
			System.setProperty(LangcovHome.PROPERTY, home);
		}
	}

	private Path job(Workbooks register) throws IOException {
		if (register != null) {
			register.write(this.folder.resolve("register.xlsx"));
		}
		Files.createDirectories(this.folder.resolve("documents"));
		Path job = this.folder.resolve("warm.yml");
		Files.writeString(job, """
				session: WARM
				register: register.xlsx
				documents: documents
				output: output
				""");
		return job;
	}

	private static Stream<Path> files(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return Stream.empty();
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile).toList().stream();
		}
	}

}
