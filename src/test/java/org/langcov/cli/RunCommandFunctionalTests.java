package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;

/**
 * The program as a person runs it: the command line starts the application, runs the jobs and prints one line per
 * session or per problem.
 */
class RunCommandFunctionalTests {

	@TempDir
	static Path home;

	static HomeProperty homeProperty;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void installation() throws IOException {
		homeProperty = HomeProperty.set(home);
		Path store = Files.createDirectories(home.resolve("input/documents/s1"));
		for (Language language : Language.values()) {
			UnDocumentPdf.of(language, "E/CN.7/2014/1")
					.writeTo(store.resolve("E_CN.7_2014_1-" + language.iso() + ".pdf"));
		}
		UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/2").writeTo(store.resolve("E_CN.7_2014_2-EN.pdf"));
		Path registers = Files.createDirectories(home.resolve("input/registers"));
		Workbooks.workbook().row(1, "Symbol", "Title").row(2, "E/CN.7/2014/1", "Annotated provisional agenda")
				.row(3, "E/CN.7/2014/2", "Report of the Executive Director").write(registers.resolve("s1.xlsx"));
		Files.write(registers.resolve("broken.xlsx"), new byte[]{1, 2, 3, 4, 5, 6, 7, 8});
		Path jobs = Files.createDirectories(home.resolve("jobs"));
		Files.writeString(jobs.resolve("a.yml"), job("SESSA", "s1.xlsx"));
		Files.writeString(jobs.resolve("b.yml"), job("SESSB", "broken.xlsx"));
		Path previous = Files.createDirectories(home.resolve("output/SESSB"));
		Files.writeString(previous.resolve("SESSB-coverage.xlsx"), "last week's workbook");
		Files.writeString(previous.resolve("SESSB-coverage.pdf"), "last week's PDF");
	}

	@AfterAll
	static void restore() {
		homeProperty.restore();
	}

	private static String job(String session, String register) {
		return """
				session: %s
				register: ../input/registers/%s
				documents: ../input/documents/s1
				output: ../output/%s
				""".formatted(session, register, session);
	}

	@Test
	void runAllRunsEverySessionAndExitsWithTheWorstStatus() throws IOException {
		int status = execute("run", "--all", "--jobs", home.resolve("jobs").toString());

		assertThat(status).isEqualTo(2);
		assertThat(out())
				.startsWith("SESSA: coverage A 50% C 50% E 100% F 50% R 50% S 50% overall 58.3%;" + " 5 problems; ")
				.containsPattern("; (first run|0 changes); reports: ");
		assertThat(err()).isEqualTo(home.resolve("input/registers/broken.xlsx") + ": not a spreadsheet (.xlsx) file"
				+ System.lineSeparator());
		assertThat(home.resolve("output/SESSA/SESSA-coverage.xlsx")).isNotEmptyFile();
		assertThat(home.resolve("output/SESSA/SESSA-coverage.pdf")).isNotEmptyFile();
		assertThat(home.resolve("output/SESSB/SESSB-coverage.xlsx")).hasContent("last week's workbook");
		assertThat(home.resolve("output/SESSB/SESSB-coverage.pdf")).hasContent("last week's PDF");
		assertThat(home.resolve("output/.langcov/logs/langcov.log")).isNotEmptyFile();
		assertThat(home.resolve("output/SESSB")).isDirectoryNotContaining("glob:**.tmp");
		assertThat(home.resolve("output/.langcov/tmp")).as("temporary files, removed after each run").doesNotExist();
	}

	@Test
	void failUnderExitsThreeAfterWritingTheReports() throws IOException {
		Files.deleteIfExists(home.resolve("output/SESSA/SESSA-coverage.pdf"));

		int status = execute("run", "--fail-under", "90", home.resolve("jobs/a.yml").toString());

		assertThat(status).isEqualTo(3);
		assertThat(err()).isEqualTo("SESSA: overall coverage 58.3% is under --fail-under 90%" + System.lineSeparator());
		assertThat(home.resolve("output/SESSA/SESSA-coverage.pdf")).isNotEmptyFile();
		assertThat(execute("run", "--fail-under", "50", home.resolve("jobs/a.yml").toString())).isZero();
	}

	@Test
	void runAllRunsEveryYamlJobFileAndNamesEveryOtherFileButTheSchedule() throws IOException {
		Path jobs = Files.createDirectories(home.resolve("jobs-yaml"));
		Files.writeString(jobs.resolve("cemh12.yaml"), job("CEMH12", "s1.xlsx"));
		Files.writeString(jobs.resolve("CEMH13.YML"), job("CEMH13", "s1.xlsx"));
		Files.writeString(jobs.resolve("cnd57.yml.bak"), job("CND57", "s1.xlsx"));
		Files.writeString(jobs.resolve("notes.txt"), "CEMH14 starts in May");
		for (String schedule : List.of("langcov.cron", "langcov-nightly.service", "langcov-nightly.timer", ".keep")) {
			Files.writeString(jobs.resolve(schedule), "# shipped with langcov");
		}

		int status = execute("run", "--all", "--jobs", jobs.toString());

		assertThat(status).as(err()).isZero();
		// each session's summary line, each followed by its problems, indented
		assertThat(out().lines().filter((line) -> !line.startsWith("  "))).hasSize(2).satisfiesExactly(
				(line) -> assertThat(line).startsWith("CEMH12: coverage"),
				(line) -> assertThat(line).startsWith("CEMH13: coverage"));
		assertThat(err().lines()).containsExactly(
				jobs.resolve("cnd57.yml.bak") + ": not a YAML job file (*.yml, *.yaml), so run --all does not run it",
				jobs.resolve("notes.txt") + ": not a YAML job file (*.yml, *.yaml), so run --all does not run it");
	}

	@Test
	void aTrainingRunsMarkGoesOnceASessionsReportsAreWrittenAndStaysWhenNoneIs() throws IOException {
		Path mark = home.resolve("training-mark");
		System.setProperty(Training.PROPERTY, mark.toString());
		try {
			// when a run of an unusable register only is marked as the launcher's training run
			Files.writeString(mark, "");
			int refused = execute("run", home.resolve("jobs/b.yml").toString());

			// then the mark stays, for the launcher to drop what the run taught and train again
			assertThat(refused).isEqualTo(2);
			assertThat(mark).exists();

			// when every job of the folder is run, one of them through, though another's register is unusable
			int all = execute("run", "--all", "--jobs", home.resolve("jobs").toString());

			// then the run is one to learn from: the mark is gone
			assertThat(all).isEqualTo(2);
			assertThat(mark).doesNotExist();
		} finally {
			System.clearProperty(Training.PROPERTY);
		}
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
