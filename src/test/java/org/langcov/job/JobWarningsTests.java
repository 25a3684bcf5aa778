package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobWarningsTests {

	@TempDir
	Path dir;

	@Test
	void aShortRegisterNameOpenInExcelHasItsNameAfterTheLockMark() throws IOException {
		// given Excel's owner file for cnd57.xlsx
		Path register = Files.writeString(this.dir.resolve("cnd57.xlsx"), "x");
		Files.writeString(this.dir.resolve("~$cnd57.xlsx"), "owner");

		// then
		assertThat(JobWarnings.registerOpen(register)).hasValueSatisfying((warning) -> assertThat(warning)
				.startsWith("warning: " + register + ": the register is open in Excel"));
	}

	@Test
	void aLongRegisterNameOpenInExcelHasItsFirstTwoCharactersReplaced() throws IOException {
		// given Excel's owner file for registers-2014.xlsx, which overwrites the name's first two characters
		Path register = Files.writeString(this.dir.resolve("registers-2014.xlsx"), "x");
		Files.writeString(this.dir.resolve("~$gisters-2014.xlsx"), "owner");

		// then
		assertThat(JobWarnings.registerOpen(register))
				.hasValueSatisfying((warning) -> assertThat(warning).contains("(~$gisters-2014.xlsx is beside it)"));
	}

	@Test
	void aRegisterThatIsNotOpenIsNotWarnedAbout() throws IOException {
		Path register = Files.writeString(this.dir.resolve("cnd57.xlsx"), "x");
		Files.writeString(this.dir.resolve("~$cnd58.xlsx"), "another register's owner file");

		assertThat(JobWarnings.registerOpen(register)).isEmpty();
	}

}
