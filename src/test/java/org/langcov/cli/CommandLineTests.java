package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTests {

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void helpOnTheProgramAndOnRun() {
		assertThat(execute("--help")).isZero();
		assertThat(out()).contains("./langcov run JOBFILE...").contains("./langcov run --all [--jobs DIR]");
		this.out.reset();
		assertThat(execute("run", "--help")).isZero();
		assertThat(out()).contains("--force").contains("--fail-under PCT").contains("--as-of DATE");
		assertThat(err()).isEmpty();
	}

	@Test
	void helpOnTheBroker() {
		assertThat(execute("--help")).isZero();
		assertThat(out()).contains("./langcov broker ");
		this.out.reset();
		assertThat(execute("broker", "--help")).isZero();
		assertThat(out()).contains("./langcov broker").contains("langcov.broker.url").contains("LANGCOV_BROKER_URL")
				.contains("output/.langcov/broker/");
		assertThat(err()).isEmpty();
	}

	@Test
	void theBrokerTakesNoArguments() {
		assertThat(execute("broker", "tcp://broker:61616")).isEqualTo(2);
		assertThat(err()).isEqualTo("langcov: broker: takes no arguments; it listens where langcov.broker.url says"
				+ " (see ./langcov --help)" + System.lineSeparator());
	}

	@Test
	void unknownKeyExitsTwoWithOneLineNamingFileAndKey() throws IOException {
		Files.createDirectories(this.dir.resolve("store"));
		Files.writeString(this.dir.resolve("register.xlsx"), "x");
		Path job = this.dir.resolve("cnd57.yml");
		Files.writeString(job, """
				session: CND57
				register: register.xlsx
				documents: store
				output: out
				colour: blue
				""");
		assertThat(execute("run", job.toString())).isEqualTo(2);
		assertThat(err()).isEqualTo(job + ": unknown key 'colour' (known keys: session, title, register, sheet,"
				+ " documents, pattern, languages, expect, output, file-timeout, opens, deadline-weeks, date-order, max-file-size,"
				+ " connect-timeout, read-timeout, connections-per-host, due)" + System.lineSeparator());
		assertThat(out()).isEmpty();
		assertThat(this.dir.resolve("out")).doesNotExist();
	}

	@Test
	void badCommandLinesExitTwoWithOneLine() {
		assertThat(execute("rnu")).isEqualTo(2);
		assertThat(execute("run")).isEqualTo(2);
		assertThat(execute("run", "--all", "jobs/cnd57.yml")).isEqualTo(2);
		assertThat(execute("run", "--fail-under", "120", "x.yml")).isEqualTo(2);
		assertThat(execute("run", "--as-of", "yesterday", "x.yml")).isEqualTo(2);
		assertThat(execute("run", "--all", "--jobs", this.dir.resolve("none").toString())).isEqualTo(2);
		assertThat(err().lines()).hasSize(6).allSatisfy((line) -> assertThat(line).startsWith("langcov: "));
		assertThat(err()).doesNotContain("Exception");
	}

	@Test
	void missingJobFileExitsTwo() {
		Path job = this.dir.resolve("none.yml");
		assertThat(execute("run", job.toString())).isEqualTo(2);
		assertThat(err()).isEqualTo(job + ": job file not found" + System.lineSeparator());
	}

	private int execute(String... args) {
		return new CommandLine(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8)).execute(args);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
