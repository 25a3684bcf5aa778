package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./langcov}) keeps the classes of a first run ready for the next ones with what the JDK it runs
 * on offers: a class-data archive on JDK 17 to 24, the ahead-of-time cache on JDK 25 and later; a run that trains
 * prints what it prints and exits as it exits, and a cache that does not fit only costs speed. Run against a stand-in
 * jar ({@link LauncherProbe}) in an installation of its own; the JDK 25 tests need a JDK 25 or later under
 * {@code /usr/lib/jvm} and are skipped, saying so, where there is none.
 */
class LauncherFunctionalTests {

	@TempDir
	Path home;

	private Path app;

	@BeforeEach
	void installation() throws IOException {
		Path launcher = Files.copy(Path.of("langcov"), this.home.resolve("langcov"));
		assertThat(launcher.toFile().setExecutable(true)).isTrue();
		probeJar(Files.createDirectories(this.home.resolve("target")).resolve("langcov.jar"));
		this.app = this.home.resolve("target/app");
	}

	@Test
	void onJdk17TheFirstRunWritesTheClassDataArchiveAndTheNextOneMapsIt() throws Exception {
		Path jdk17 = jdk17();

		// when a run is started twice
		Launch first = launch(jdk17, "run", "3");
		Launch second = launch(jdk17, "run", "3");

		// then the first writes the archive, printing and exiting as without it, and the second maps it
		assertThat(first.output()).startsWith("ran run 3\noptions ").hasLineCount(2);
		assertThat(first.status()).isEqualTo(3);
		assertThat(first.options()).contains("-XX:ArchiveClassesAtExit=" + this.app.resolve("langcov.jsa"));
		assertThat(this.app.resolve("langcov.jsa")).isNotEmptyFile();
		assertThat(second.ran()).isEqualTo("ran run 3");
		assertThat(second.status()).isEqualTo(3);
		assertThat(second.options()).contains("-XX:SharedArchiveFile=" + this.app.resolve("langcov.jsa"))
				.doesNotContain("-XX:AOTCache");
	}

	@Test
	void onJdk17ACommandTakesBiasedLockingWithoutTheJvmsWarningAndAWorkerDoesNot() throws Exception {
		Path jdk17 = jdk17();
		assumeTrue(Runtime.version().feature() == 17,
				"biased locking is on JDK 17 only, the tests run on JDK " + Runtime.version().feature());

		// when a run and a worker are started
		Launch run = launch(jdk17, "run", "0");
		Launch worker = launch(jdk17, "worker", "0");

		// then the run has biased locking and prints nothing of its deprecation; the worker, a server, has the defaults
		assertThat(run.output()).doesNotContain("warning").hasLineCount(2);
		assertThat(run.options()).contains("-XX:+UseBiasedLocking", "-XX:+PrintWarnings");
		assertThat(worker.options()).doesNotContain("UseBiasedLocking").doesNotContain("TieredStopAtLevel");
	}

	@Test
	void aRunTakesTheSerialCollectorPromotingAtOnceUnlessJavaOptsNameAnotherCollector() throws Exception {
		Path jdk = Path.of(System.getProperty("java.home"));

		// when a run is started, then one with another collector, then a worker
		Launch run = launch(jdk, "run", "0");
		Launch parallel = launchWith("-XX:+UseParallelGC", jdk, "run", "0");
		Launch ageing = launchWith("-XX:MaxTenuringThreshold=15", jdk, "run", "0");
		Launch worker = launch(jdk, "worker", "0");

		// then the run has the serial collector, which promotes what survives one collection; the user's options win
		assertThat(run.options()).contains("-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0");
		assertThat(parallel.options()).contains("-XX:+UseParallelGC").doesNotContain("UseSerialGC")
				.doesNotContain("MaxTenuringThreshold");
		assertThat(ageing.options()).containsSubsequence("-XX:MaxTenuringThreshold=0", "-XX:MaxTenuringThreshold=15");
		assertThat(worker.options()).doesNotContain("UseSerialGC").doesNotContain("MaxTenuringThreshold");
	}

	@Test
	void onJdk25TheFirstRunRecordsTheSecondAssemblesTheCacheAndLaterOnesUseIt() throws Exception {
		Path jdk25 = jdk25();

		// when a run is started three times on JDK 25
		Launch first = launch(jdk25, "run", "3");
		boolean recorded = Files.isRegularFile(this.app.resolve("langcov.aotconf"));
		Launch second = launch(jdk25, "run", "3");
		Launch third = launch(jdk25, "run", "3");

		// then the first records what it loads, printing and exiting as without it, and writes no class-data archive
		assertThat(first.output()).startsWith("ran run 3\noptions ").hasLineCount(2);
		assertThat(first.status()).isEqualTo(3);
		assertThat(first.options()).contains("-XX:AOTMode=record").doesNotContain("-XX:ArchiveClassesAtExit");
		assertThat(recorded).as("the training configuration after the first run").isTrue();
		// and the second assembles the cache from it before it starts, and runs with it, as the third does
		assertThat(this.app.resolve("langcov.aot")).isNotEmptyFile();
		assertThat(this.app.resolve("langcov.aotconf")).doesNotExist();
		assertThat(this.app.resolve("langcov.jsa")).doesNotExist();
		for (Launch later : List.of(second, third)) {
			assertThat(later.output()).startsWith("ran run 3\noptions ").hasLineCount(2);
			assertThat(later.status()).isEqualTo(3);
			assertThat(later.options()).contains("-XX:AOTCache=" + this.app.resolve("langcov.aot"))
					.doesNotContain("-XX:AOTMode=record");
		}
	}

	@Test
	void onJdk17ARunThatRanNoSessionThroughLeavesNoArchiveAndTheNextRunTrainsAgain() throws Exception {
		Path jdk17 = jdk17();

		// when the first run stops at a job file it cannot use (status 2), and the next two go through
		Launch refused = launch(jdk17, "run", "2");
		boolean marked = Files.exists(this.app.resolve(".training"));
		Launch second = launch(jdk17, "run", "0");
		Launch third = launch(jdk17, "run", "0");

		// then the first trained, printing and exiting as without it, and stayed marked
		assertThat(refused.output()).startsWith("ran run 2\noptions ").hasLineCount(2);
		assertThat(refused.status()).isEqualTo(2);
		assertThat(refused.options()).contains("-XX:ArchiveClassesAtExit=" + this.app.resolve("langcov.jsa"),
				"-Dlangcov.training=" + this.app.resolve(".training"));
		assertThat(marked).as("the mark of a training run that ran no session through").isTrue();
		// and the second dropped its archive and trained again, and the third maps the second's archive
		assertThat(second.options()).contains("-XX:ArchiveClassesAtExit=").doesNotContain("-XX:SharedArchiveFile");
		assertThat(third.options()).contains("-XX:SharedArchiveFile=" + this.app.resolve("langcov.jsa"))
				.doesNotContain("langcov.training");
		assertThat(this.app.resolve(".training")).doesNotExist();
		assertThat(this.app.resolve("langcov.jsa")).isNotEmptyFile();
	}

	@Test
	void onJdk25ARunThatRanNoSessionThroughIsNotAssembledAndTheNextRunRecordsAgain() throws Exception {
		Path jdk25 = jdk25();

		// when the first run fails (status 1), and the next two go through
		launch(jdk25, "run", "1");
		boolean recorded = Files.isRegularFile(this.app.resolve("langcov.aotconf"));
		Launch second = launch(jdk25, "run", "0");
		Launch third = launch(jdk25, "run", "0");

		// then the first's recording is dropped, not assembled: the second records again, and the third assembles that
		assertThat(recorded).as("the first run's recording").isTrue();
		assertThat(second.options()).contains("-XX:AOTMode=record").doesNotContain("-XX:AOTCache=");
		assertThat(third.options()).contains("-XX:AOTCache=" + this.app.resolve("langcov.aot"))
				.doesNotContain("langcov.training");
		assertThat(this.app.resolve("langcov.aot")).isNotEmptyFile();
		assertThat(this.app.resolve(".training")).doesNotExist();
	}

	@Test
	void aCacheThatDoesNotFitOnlyCostsSpeedOnEitherJdk() throws Exception {
		Path jdk25 = jdk25();
		// given a cache and an archive written over with garbage, as a disk or a crash may leave them
		launch(jdk25, "run", "0");
		launch(jdk25, "run", "0");
		Files.write(this.app.resolve("langcov.aot"), new byte[100_000]);

		// when a run is started with each
		Launch onAot = launch(jdk25, "run", "2");
		Path jdk17 = jdk17();
		launch(jdk17, "run", "0");
		Files.write(this.app.resolve("langcov.jsa"), new byte[100_000]);
		Launch onArchive = launch(jdk17, "run", "2");

		// then each runs as without it, and no warning shows
		assertThat(onAot.output()).startsWith("ran run 2\noptions ").hasLineCount(2);
		assertThat(onAot.status()).isEqualTo(2);
		assertThat(onArchive.output()).startsWith("ran run 2\noptions ").hasLineCount(2);
		assertThat(onArchive.status()).isEqualTo(2);
	}

	@Test
	void anotherJdkOrANewJarStartsTheCacheAgain() throws Exception {
		Path jdk25 = jdk25();
		Path jdk17 = jdk17();
		// given a class-data archive written on JDK 17
		launch(jdk17, "run", "0");
		assertThat(this.app.resolve("langcov.jsa")).isNotEmptyFile();

		// when the next run is on JDK 25, then the archive is deleted and the run records for a cache
		Launch onJdk25 = launch(jdk25, "run", "0");
		assertThat(this.app.resolve("langcov.jsa")).doesNotExist();
		assertThat(onJdk25.options()).contains("-XX:AOTMode=record");
		launch(jdk25, "run", "0");
		assertThat(this.app.resolve("langcov.aot")).isNotEmptyFile();

		// when the jar is rebuilt, then the cache goes with the unpacked copy and the next run records again
		Path jar = this.home.resolve("target/langcov.jar");
		probeJar(jar);
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
		Launch afterBuild = launch(jdk25, "run", "0");
		assertThat(afterBuild.options()).contains("-XX:AOTMode=record");
		assertThat(this.app.resolve("langcov.aot")).doesNotExist();
	}

	@Test
	void onlyARunTrains() throws Exception {
		Path jdk25 = jdk25();

		// when the first command after an installation is not a run
		Launch history = launch(jdk25, "history", "0");

		// then it records nothing, and a later run does
		assertThat(history.options()).doesNotContain("-XX:AOTMode=record").doesNotContain("-XX:AOTCache")
				.doesNotContain("UseBiasedLocking");
		assertThat(this.app.resolve("langcov.aotconf")).doesNotExist();
		assertThat(launch(jdk25, "run", "0").options()).contains("-XX:AOTMode=record");
	}

	/** One start of the launcher: what it printed, standard error included, and its exit status. */
	record Launch(String output, int status) {

		String ran() {
			return this.output.lines().findFirst().orElse("");
		}

		String options() {
			return this.output.lines().filter((line) -> line.startsWith("options ")).findFirst().orElse("");
		}

	}

	private Launch launch(Path javaHome, String... args) throws Exception {
		return launchWith(null, javaHome, args);
	}

	/** One start, with {@code javaOpts} as JAVA_OPTS when not null. */
	private Launch launchWith(String javaOpts, Path javaHome, String... args) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(
				Stream.concat(Stream.of(this.home.resolve("langcov").toString()), Stream.of(args)).toList())
				.directory(this.home.toFile()).redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", javaHome.toString());
		builder.environment().remove("JAVA_OPTS");
		if (javaOpts != null) {
			builder.environment().put("JAVA_OPTS", javaOpts);
		}
		Process process = builder.start();
		process.getOutputStream().close();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
		return new Launch(output, process.exitValue());
	}

	/** A jar of {@link LauncherProbe} alone, its main class. */
	private static void probeJar(Path jar) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
		String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
		try (OutputStream file = Files.newOutputStream(jar);
				JarOutputStream out = new JarOutputStream(file, manifest);
				InputStream in = LauncherProbe.class.getResourceAsStream("/" + entry)) {
			out.putNextEntry(new JarEntry(entry));
			in.transferTo(out);
			out.closeEntry();
		}
	}

	/** The JDK the tests run on, when it is older than 25; otherwise the test is skipped. */
	private static Path jdk17() {
		assumeTrue(Runtime.version().feature() < 25,
				"the tests run on JDK " + Runtime.version().feature() + ": no JDK older than 25 to test the archive");
		return Path.of(System.getProperty("java.home"));
	}

	/** The newest JDK 25 or later under /usr/lib/jvm; the test is skipped when there is none. */
	private static Path jdk25() throws IOException {
		Optional<Path> found = Optional.empty();
		Path jvms = Path.of("/usr/lib/jvm");
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> homes = Files.list(jvms)) {
				found = homes.filter((home) -> feature(home) >= 25 && Files.isExecutable(home.resolve("bin/java")))
						.max((a, b) -> Integer.compare(feature(a), feature(b)));
			}
		}
		assumeTrue(found.isPresent(), "no JDK 25 or later under /usr/lib/jvm: the ahead-of-time cache is not tested");
		return found.get();
	}

	private static int feature(Path javaHome) {
		try {
			Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)")
					.matcher(Files.readString(javaHome.resolve("release")));
			return version.find() ? Integer.parseInt(version.group(1)) : 0;
		} catch (IOException ex) {
			return 0;
		}
	}

}
