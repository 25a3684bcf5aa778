package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.BrokenRegisters;
import org.langcov.fixtures.LangcovProcess;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.vocabulary.Language;

/**
 * {@code check}: what a run would do, from the job files and registers alone; no document is opened, no database is
 * started, no report is written.
 */
class CheckCommandFunctionalTests {

	private static final String NL = System.lineSeparator();

	@TempDir
	Path home;

	HomeProperty homeProperty;

	Path store;

	Path registers;

	Path jobs;

	@BeforeEach
	void installation() throws IOException {
		this.homeProperty = HomeProperty.set(this.home);
		this.store = Files.createDirectories(this.home.resolve("input/documents/cnd57"));
		UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/1").writeTo(this.store.resolve("E_CN.7_2014_1-EN.pdf"));
		this.registers = Files.createDirectories(this.home.resolve("input/registers"));
		this.jobs = Files.createDirectories(this.home.resolve("jobs"));
		Workbooks.workbook().row(1, "Symbol", "Title", "E").row(2, "E/CN.7/2014/1", "Provisional agenda")
				.row(3, "E/CN.7/2014/CRP.1", "Conference room paper").row(4, "", "A title without a symbol")
				.row(5, "E/CN.7/2014/1", "The agenda again").row(6, "E/CN.7/2014/2", "Report", "../../../etc/passwd")
				.write(this.registers.resolve("cnd57.xlsx"));
	}

	@AfterEach
	void restore() {
		this.homeProperty.restore();
	}

	@Test
	void aJobIsDescribedAsARunWouldTakeIt() throws IOException {
		// given a job whose rule names its language, and a register with three rows a run rejects
		Path job = job("cnd57.yml", "CND57", "cnd57.xlsx", "../output/cnd57");

		// when
		Console console = Console.run("check", job.toString());

		// then
		assertThat(console.err()).isEmpty();
		assertThat(console.status()).isZero();
		assertThat(console.out()).isEqualTo(job + ": session CND57" + NL + "  title      Commission on Narcotic Drugs"
				+ NL + "  register   " + this.registers.resolve("cnd57.xlsx") + ", sheet \"Sheet1\", header on row 1"
				+ NL + "  documents  2, and 3 rows rejected" + NL
				+ "  expected   7 language versions: A 1, C 1, E 2, F 1, R 1, S 1" + NL
				+ "  rejected   row 4: no symbol" + NL
				+ "  rejected   row 5 E/CN.7/2014/1: E/CN.7/2014/1 is already listed in row 2" + NL
				+ "  rejected   row 6 E/CN.7/2014/2: English location '../../../etc/passwd' points outside the store"
				+ NL + "  store      " + this.store + " (folder, there)" + NL + "  pattern    {symbol}-{iso}.pdf" + NL
				+ "  output     " + this.home.resolve("output/cnd57") + NL);
		// and nothing was run, stored or written
		assertThat(this.home.resolve("output/.langcov/db")).doesNotExist();
		assertThat(this.home.resolve("output/cnd57")).doesNotExist();
	}

	@Test
	void aRegisterOpenInExcelIsWarnedAbout() throws IOException {
		// given Excel's lock file beside the register, as Excel leaves it while the register is open
		Path job = job("cnd57.yml", "CND57", "cnd57.xlsx", "../output/cnd57");
		Files.writeString(this.registers.resolve("~$cnd57.xlsx"), "owner");

		// when
		Console console = Console.run("check", job.toString());

		// then
		assertThat(console.status()).isZero();
		assertThat(console.err()).isEqualTo("warning: " + this.registers.resolve("cnd57.xlsx")
				+ ": the register is open"
				+ " in Excel (~$cnd57.xlsx is beside it): langcov reads it as last saved, so save it before a run"
				+ NL);
		assertThat(console.out()).contains("  documents  2, and 3 rows rejected");
	}

	@Test
	void unusableJobsAndRegistersExitTwoWithOneLineEachAndTheOthersAreStillDescribed() throws IOException {
		// given a job naming an unknown key, one whose register is cut short, and a good one
		Path typo = Files.writeString(this.jobs.resolve("typo.yml"),
				Files.readString(job("typo.yml", "TYPO", "cnd57.xlsx", "../output/typo")) + "colour: blue\n");
		BrokenRegisters.truncatedXlsx(this.registers.resolve("cut.xlsx"));
		Path cut = job("cut.yml", "CUT", "cut.xlsx", "../output/cut");
		Path good = job("cnd57.yml", "CND57", "cnd57.xlsx", "../output/cnd57");

		// when
		Console console = Console.run("check", typo.toString(), cut.toString(), good.toString());

		// then
		assertThat(console.status()).isEqualTo(2);
		assertThat(console.err().lines()).hasSize(2).satisfiesExactly(
				(line) -> assertThat(line).startsWith(typo + ": unknown key 'colour'"), (line) -> assertThat(line)
						.startsWith(this.registers.resolve("cut.xlsx") + ": the workbook is cut short"));
		assertThat(console.out()).startsWith(good + ": session CND57");
	}

	@Test
	void aJobWithoutSessionShowsEachSessionOfItsRegister() throws IOException {
		// given a register with a Session column and a job that leaves the session to it
		Workbooks.workbook().row(1, "Symbol", "Session").row(2, "E/CN.7/2014/1", "CND57")
				.row(3, "E/CN.7/2015/1", "CND58").row(4, "E/CN.7/2015/2", "CND58")
				.write(this.registers.resolve("two.xlsx"));
		Path job = Files.writeString(this.jobs.resolve("two.yml"), """
				register: ../input/registers/two.xlsx
				documents: ../input/documents/cnd57
				output: ../output/two
				""");

		// when
		Console console = Console.run("check", job.toString());

		// then
		assertThat(console.status()).isZero();
		assertThat(console.out().lines().filter((line) -> !line.startsWith("  ")))
				.containsExactly(job + ": session CND57", job + ": session CND58");
		assertThat(console.out()).contains("  documents  1" + NL).contains("  documents  2" + NL);
	}

	@Test
	void twoJobsNamingOneSessionAndReportsInsideTheStoreAreWarnedAbout() throws IOException {
		// given two job files for one session, the second writing its reports into the store
		Path first = job("cnd57.yml", "CND57", "cnd57.xlsx", "../output/cnd57");
		Path second = job("copy.yml", "cnd57", "cnd57.xlsx", "../input/documents/cnd57/reports");

		// when
		Console console = Console.run("check", first.toString(), second.toString());

		// then both are described, with a warning line for each mistake
		assertThat(console.status()).isZero();
		assertThat(console.err().lines()).containsExactly(
				"warning: " + second + ": key 'output': the folder " + this.store.resolve("reports")
						+ " is inside the store " + this.store + ", so the reports sit among the documents;"
						+ " keep them apart",
				"warning: " + second + ": session cnd57 is also named by " + first
						+ ", so it runs twice and the later run's reports are the ones kept");
		assertThat(console.out().lines().filter((line) -> line.startsWith("  documents"))).hasSize(2);
	}

	@Test
	void checkNeedsNoDatabase() throws Exception {
		// given a database that cannot be reached, as when the shared server is down
		Path job = job("cnd57.yml", "CND57", "cnd57.xlsx", "../output/cnd57");
		Map<String, String> unreachable = Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/langcov");

		// when the real program checks the job
		Process process = LangcovProcess.start(this.home, List.of(), unreachable, false, "check", job.toString());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

		// then it says what a run would do, as without that database
		assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
		assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
				.contains("  documents  2, and 3 rows rejected");
		assertThat(process.exitValue()).isZero();
	}

	@Test
	void aFolderGivenAsAJobFileSuggestsTheFilesInIt() {
		Console console = Console.run("check", this.jobs.toString());

		assertThat(console.status()).isEqualTo(2);
		assertThat(console.err()).isEqualTo("langcov: " + this.jobs + " is a folder: did you mean `check "
				+ this.jobs.resolve("*.yml") + "`?" + NL);
	}

	@Test
	void checkHasItsHelpAndNeedsAJobFile() {
		Console help = Console.run("check", "--help");
		assertThat(help.status()).isZero();
		assertThat(help.out()).contains("./langcov check JOBFILE...").contains("needs no database");
		assertThat(Console.run("--help").out()).contains("./langcov check JOBFILE...");

		Console none = Console.run("check");
		assertThat(none.status()).isEqualTo(2);
		assertThat(none.err()).isEqualTo(
				"langcov: check: name at least one job file, as in: check jobs/*.yml (see ./langcov --help)" + NL);
	}

	private Path job(String name, String session, String register, String output) throws IOException {
		return Files.writeString(this.jobs.resolve(name), """
				session: %s
				title: Commission on Narcotic Drugs
				register: ../input/registers/%s
				documents: ../input/documents/cnd57
				expect:
				  - symbols: "*/CRP.*"
				    languages: English
				output: %s
				""".formatted(session, register, output));
	}

}
