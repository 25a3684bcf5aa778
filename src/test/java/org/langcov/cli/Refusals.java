package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.langcov.vocabulary.Language;
import org.langcov.fixtures.UnDocumentPdf;

/**
 * An installation in a temporary folder for tests of broken inputs: a store, a session {@value #SESSION} with last
 * week's reports, and a way to run the program on a job and check that it refused it as SPEC says: status 2, one line
 * naming the file and the place, no stack trace or exception name, in seconds, and the previous reports left byte for
 * byte as they were.
 */
final class Refusals {

	static final String SESSION = "BROKEN";

	private static final Duration IN_SECONDS = Duration.ofSeconds(20);

	final Path home;

	private final HomeProperty homeProperty;

	private final List<Path> previousReports;

	private final List<byte[]> previousBytes;

	Refusals(Path home) {
		this.home = home;
		this.homeProperty = HomeProperty.set(home);
		try {
			Path store = Files.createDirectories(home.resolve("input/documents/s1"));
			UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/1").writeTo(store.resolve("E_CN.7_2014_1-EN.pdf"));
			Files.createDirectories(home.resolve("input/registers"));
			Files.createDirectories(home.resolve("jobs"));
			Path output = Files.createDirectories(home.resolve("output/" + SESSION));
			this.previousReports = List.of(output.resolve(SESSION + "-coverage.xlsx"),
					output.resolve(SESSION + "-coverage.pdf"), output.resolve(SESSION + "-coverage.html"),
					output.resolve(SESSION + "-coverage.json"));
			Random random = new Random(57);
			for (Path report : this.previousReports) {
				byte[] bytes = new byte[2048];
				random.nextBytes(bytes);
				Files.write(report, bytes);
			}
			List<byte[]> previousBytes = new ArrayList<>();
			for (Path report : this.previousReports) {
				previousBytes.add(Files.readAllBytes(report));
			}
			this.previousBytes = List.copyOf(previousBytes);
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void close() {
		this.homeProperty.restore();
	}

	Path register(String name) {
		return this.home.resolve("input/registers/" + name);
	}

	/** A job of session {@value #SESSION} on a register in input/registers. */
	Path job(String register) throws IOException {
		return jobFile("""
				session: %s
				register: ../input/registers/%s
				documents: ../input/documents/s1
				output: ../output/%s
				""".formatted(SESSION, register, SESSION));
	}

	Path jobFile(String yaml) throws IOException {
		return Files.writeString(this.home.resolve("jobs/job.yml"), yaml);
	}

	/**
	 * Runs the job with these options and returns the one line printed, after checking everything SPEC promises about a
	 * refused input.
	 */
	String refused(Path job, String... options) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> args = new ArrayList<>(List.of("run"));
		args.addAll(List.of(options));
		args.add(job.toString());
		long start = System.nanoTime();
		int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args.toArray(String[]::new));
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(status).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		String printed = err.toString(StandardCharsets.UTF_8);
		assertThat(printed.lines()).hasSize(1);
		assertThat(printed).doesNotContainPattern("\\b[A-Z]\\w*(Exception|Error)\\b").doesNotContain("\tat ")
				.doesNotContain("org.apache").doesNotContain("java.");
		assertThat(took).isLessThan(IN_SECONDS);
		for (int i = 0; i < this.previousReports.size(); i++) {
			assertThat(Files.readAllBytes(this.previousReports.get(i))).isEqualTo(this.previousBytes.get(i));
		}
		assertThat(this.previousReports.get(0).getParent()).isDirectoryNotContaining("glob:**.tmp");
		return printed.strip();
	}

}
