package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovProcess;

/**
 * A run told to stop, as Ctrl-C (INT) or a service manager (TERM) tells it: one line, the signal's exit status, no
 * temporary file, the previous reports as they were, and a run that the next one resumes. On the installation's own
 * HSQLDB file here; {@link InterruptionOnPostgresFunctionalTests} on PostgreSQL.
 */
class InterruptionFunctionalTests {

	static final int SLOTS = ProcessFunctionalTests.DOCUMENTS * 6;

	@TempDir
	Path home;

	@Test
	void aRunStoppedByTermSaysHowFarItCameLeavesNoTemporaryFileAndTheNextRunResumesIt() throws Exception {
		// given a session whose reports an earlier run wrote
		Path job = ProcessFunctionalTests.session(this.home, "TERM", ProcessFunctionalTests.DOCUMENTS);
		assertThat(run(List.of(), "run", job.toString())).isZero();
		byte[] workbook = Files.readAllBytes(this.home.resolve("out/TERM-coverage.xlsx"));
		byte[] pdf = Files.readAllBytes(this.home.resolve("out/TERM-coverage.pdf"));
		byte[] html = Files.readAllBytes(this.home.resolve("out/TERM-coverage.html"));
		byte[] json = Files.readAllBytes(this.home.resolve("out/TERM-coverage.json"));

		// when a run of it is sent TERM part-way
		Process stopped = start(ProcessFunctionalTests.SLOW, "run", "--force", job.toString());
		List<String> after = signalAfterProgress(stopped, "TERM", () -> stopped.toHandle().destroy());

		// then it says in one line how far it came, and exits 143
		assertThat(stopped.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(stopped.exitValue()).isEqualTo(143);
		assertThat(after).as("what it printed after the signal, but progress lines").singleElement().asString()
				.matches("TERM: interrupted after \\d+ of " + SLOTS + " slots; the next run resumes");
		// and leaves no temporary file, and the earlier reports as they were
		assertThat(this.home.resolve("output/.langcov/tmp")).doesNotExist();
		try (Stream<Path> files = Files.list(this.home.resolve("out"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder(
					"TERM-coverage.xlsx", "TERM-coverage.pdf", "TERM-coverage.html", "TERM-coverage.json");
		}
		assertThat(this.home.resolve("out/TERM-coverage.xlsx")).hasBinaryContent(workbook);
		assertThat(this.home.resolve("out/TERM-coverage.pdf")).hasBinaryContent(pdf);
		assertThat(this.home.resolve("out/TERM-coverage.html")).hasBinaryContent(html);
		assertThat(this.home.resolve("out/TERM-coverage.json")).hasBinaryContent(json);

		// and the next run resumes it
		assertResumed(job, "TERM");
	}

	@Test
	void ctrlCDuringAResumedRunSaysHowFarItCameAndNothingOfTheFrameworkAndExits130() throws Exception {
		// given a run killed part-way, and the run that resumes it
		assumeThat(ignoresInterrupts()).as("INT is ignored by this JVM's children (started in the background)")
				.isFalse();
		Path job = ProcessFunctionalTests.session(this.home, "CTRLC", ProcessFunctionalTests.DOCUMENTS);
		Process killed = start(ProcessFunctionalTests.SLOW, "run", job.toString());
		assertThat(ProcessFunctionalTests.killAfterProgress(killed, "CTRLC", 60)).isPositive();
		Process resumed = start(ProcessFunctionalTests.SLOW, "run", job.toString());

		// when the resumed run is sent INT, as Ctrl-C does
		List<String> after = signalAfterProgress(resumed, "CTRLC", () -> interrupt(resumed.pid()));

		// then it says how far it came, and nothing else, and exits 130
		assertThat(resumed.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(resumed.exitValue()).isEqualTo(130);
		assertThat(after).singleElement().asString()
				.matches("CTRLC: interrupted after \\d+ of " + SLOTS + " slots; the next run resumes");
		assertThat(this.home.resolve("output/.langcov/tmp")).doesNotExist();

		// and the next run resumes it
		assertResumed(job, "CTRLC");
	}

	private void assertResumed(Path job, String session) throws Exception {
		Process next = start(List.of(), "run", job.toString());
		assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String out = new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(next.exitValue()).as(out).isZero();
		assertThat(out).contains(session + ": coverage A 100% C 100% E 100% F 100% R 100% S 100% overall 100%")
				.contains("resumed a run cut short");
	}

	/**
	 * Waits for a progress line of at least 60 slots, signals the process, and returns what it printed from then on,
	 * but its progress lines.
	 */
	private static List<String> signalAfterProgress(Process process, String session, Signal signal)
			throws IOException, InterruptedException {
		try (BufferedReader lines = ProcessFunctionalTests.lines(process)) {
			assertThat(ProcessFunctionalTests.awaitProgress(lines, session, 60)).as("progress").isPositive();
			signal.send();
			return lines.lines().filter((line) -> !line.startsWith(session + ": inspected ")).toList();
		}
	}

	private int run(List<String> properties, String... args) throws Exception {
		Process process = start(properties, args);
		process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return process.exitValue();
	}

	/** The environment that points a child process at the database: none here, the installation's own file. */
	Map<String, String> database() {
		return Map.of();
	}

	private Process start(List<String> properties, String... args) throws IOException {
		return LangcovProcess.start(this.home, properties, database(), true, args);
	}

	private static void interrupt(long pid) throws IOException, InterruptedException {
		assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor()).isZero();
	}

	/** Whether this JVM ignores INT, as a process started in the background by a shell does: its children would. */
	private static boolean ignoresInterrupts() throws IOException {
		Path status = Path.of("/proc/self/status");
		if (!Files.exists(status)) {
			return false;
		}
		return Files.readAllLines(status).stream().filter((line) -> line.startsWith("SigIgn:"))
				.map((line) -> Long.parseLong(line.substring("SigIgn:".length()).trim(), 16))
				.anyMatch((mask) -> (mask & 0x2) != 0);
	}

	@FunctionalInterface
	private interface Signal {

		void send() throws IOException, InterruptedException;

	}

}
