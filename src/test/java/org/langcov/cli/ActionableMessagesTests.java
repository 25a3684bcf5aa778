package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command lines that are nearly right get one line saying what was probably meant.
 */
class ActionableMessagesTests {

	@TempDir
	Path dir;

	@Test
	void aJobsFolderGivenAsAJobFileSuggestsRunAll() throws IOException {
		// given the jobs folder named where a job file goes
		Path jobs = Files.createDirectories(this.dir.resolve("jobs"));

		// when
		Console console = Console.run("run", jobs.toString());

		// then
		assertThat(console.status()).isEqualTo(2);
		assertThat(console.err()).isEqualTo("langcov: " + jobs + " is a folder: did you mean `run --all --jobs " + jobs
				+ "`?" + System.lineSeparator());
		assertThat(console.out()).isEmpty();
	}

	@Test
	void aFailUnderThatLooksLikeAFractionIsRefusedWithThePercentage() {
		// when
		Console console = Console.run("run", "--fail-under", "0.95", "jobs/cnd57.yml");

		// then
		assertThat(console.status()).isEqualTo(2);
		assertThat(console.err()).isEqualTo("langcov: run: --fail-under 0.95 looks like a fraction: it is a percentage"
				+ " from 0 to 100; did you mean 95? (see ./langcov --help)" + System.lineSeparator());
	}

	@Test
	void aFailUnderFractionOfAPercentIsTakenWhenWrittenWithItsSign() {
		// given a threshold of half a percent, written as such: not refused as a fraction
		Console console = Console.run("run", "--fail-under", "0.5%", this.dir.resolve("none.yml").toString());

		// then it gets as far as the job file
		assertThat(console.err())
				.isEqualTo(this.dir.resolve("none.yml") + ": job file not found" + System.lineSeparator());
	}

	@Test
	void aFailUnderWithDecimalsOfAFractionKeepsThem() {
		assertThat(Console.run("run", "--fail-under", "0.975", "x.yml").err()).contains("did you mean 97.5?");
	}

}
