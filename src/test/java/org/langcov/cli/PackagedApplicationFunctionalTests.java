package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.Sheets;
import org.springframework.util.FileSystemUtils;

/**
 * The jar the build made, started by the launcher as a person starts it, in an installation of its own with the sample:
 * its commands start from the bean definitions generated at build time ({@link AheadOfTime}) and do what they do
 * without them. Run by failsafe once the jar is packaged ({@code ./mvnw verify}), never by surefire, which runs before
 * there is a jar.
 */
class PackagedApplicationFunctionalTests {

	private static final String GENERATED = "Starting from the bean definitions generated when the jar was built";

	@TempDir
	Path home;

	@BeforeEach
	void installation() throws IOException {
		Path launcher = Files.copy(Path.of("langcov"), this.home.resolve("langcov"));
		assertThat(launcher.toFile().setExecutable(true)).isTrue();
		Files.copy(Path.of("target/langcov.jar"),
				Files.createDirectories(this.home.resolve("target")).resolve("langcov.jar"));
		Files.copy(Path.of("jobs/cnd57.yml"), Files.createDirectories(this.home.resolve("jobs")).resolve("cnd57.yml"));
		FileSystemUtils.copyRecursively(Path.of("input"), this.home.resolve("input"));
	}

	@Test
	void theSampleRunsFromTheGeneratedBeanDefinitionsWithTheReportsOfAStartWithout() throws Exception {
		// when the sample job is run, its history shown, then the job run again without the generated definitions,
		// every file inspected again
		Launch generated = launch("", "run", "jobs/cnd57.yml");
		Map<String, List<List<String>>> withGenerated = sheets();
		Launch history = launch("", "history", "CND57");
		Launch without = launch("-Dlangcov.aot=false", "run", "--force", "jobs/cnd57.yml");

		// then the first two started from the generated definitions, the last from the configuration classes
		assertThat(generated.status()).as(generated.output()).isZero();
		assertThat(history.status()).as(history.output()).isZero();
		assertThat(without.status()).as(without.output()).isZero();
		List<String> starts = log().lines().filter((line) -> line.contains("Starting from the bean definitions"))
				.toList();
		assertThat(starts).hasSize(2).allMatch((line) -> line.contains(GENERATED));
		assertThat(log()).doesNotContain(" ERROR ");
		// and both runs found and reported the same
		assertThat(generated.output()).startsWith("CND57: coverage A 100% C 100% E 100% F 100% R 100% S 100%");
		assertThat(without.output()).startsWith(generated.output().substring(0, generated.output().indexOf(';')));
		assertThat(history.output().lines().filter((line) -> line.contains("COMPLETED"))).hasSize(1);
		assertThat(sheets()).isEqualTo(withGenerated);
	}

	/** One start of the launcher: what it printed, standard error included, and its exit status. */
	record Launch(String output, int status) {
	}

	private Launch launch(String javaOptions, String... args) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(
				Stream.concat(Stream.of(this.home.resolve("langcov").toString()), Stream.of(args)).toList())
				.directory(this.home.toFile()).redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("JAVA_OPTS", javaOptions);
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("LANGCOV_"));
		Process process = builder.start();
		process.getOutputStream().close();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
		return new Launch(output, process.exitValue());
	}

	private String log() throws IOException {
		return Files.readString(this.home.resolve("output/.langcov/logs/langcov.log"));
	}

	private Map<String, List<List<String>>> sheets() throws IOException {
		try (Workbook workbook = Sheets.open(this.home.resolve("output/cnd57/CND57-coverage.xlsx"))) {
			return Map.of("Coverage", Sheets.rows(workbook.getSheet("Coverage"), 9), "Problems",
					Sheets.rows(workbook.getSheet("Problems"), 5), "Files",
					Sheets.rows(workbook.getSheet("Files"), 11));
		}
	}

}
