package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.vocabulary.Language;

/**
 * What a run allows but a person probably did not mean is warned about in one line on standard error, and the run goes
 * on.
 */
class RunWarningsFunctionalTests {

	@TempDir
	Path home;

	HomeProperty homeProperty;

	@BeforeEach
	void installation() throws IOException {
		this.homeProperty = HomeProperty.set(this.home);
		Path store = Files.createDirectories(this.home.resolve("input/documents/s1"));
		UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/1").writeTo(store.resolve("E_CN.7_2014_1-EN.pdf"));
		Workbooks.workbook().row(1, "Symbol").row(2, "E/CN.7/2014/1")
				.write(Files.createDirectories(this.home.resolve("input/registers")).resolve("s1.xlsx"));
		Files.createDirectories(this.home.resolve("jobs"));
	}

	@AfterEach
	void restore() {
		this.homeProperty.restore();
	}

	@Test
	void twoJobFilesNamingOneSessionAreWarnedAboutAndBothRun() throws IOException {
		// given two job files for one session, the second with its reports inside the store
		Path first = job("a.yml", "SESSA", "../output/SESSA");
		Path second = job("b.yml", "sessa", "../input/documents/s1/reports");

		// when
		Console console = Console.run("run", first.toString(), second.toString());

		// then
		assertThat(console.status()).isZero();
		Path store = this.home.resolve("input/documents/s1");
		assertThat(console.err().lines()).containsExactly(
				"warning: " + second + ": key 'output': the folder " + store.resolve("reports") + " is inside the"
						+ " store " + store + ", so the reports sit among the documents; keep them apart",
				"warning: " + second + ": session sessa is also named by " + first
						+ ", so it runs twice and the later run's reports are the ones kept");
		assertThat(console.out().lines()).hasSize(2);
		assertThat(this.home.resolve("output/SESSA/SESSA-coverage.xlsx")).isNotEmptyFile();
		assertThat(store.resolve("reports")).isNotEmptyDirectory();
	}

	private Path job(String name, String session, String output) throws IOException {
		return Files.writeString(this.home.resolve("jobs/" + name), """
				session: %s
				register: ../input/registers/s1.xlsx
				documents: ../input/documents/s1
				languages: E
				output: %s
				""".formatted(session, output));
	}

}
