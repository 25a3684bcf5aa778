package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.vocabulary.Language;

/**
 * {@code run --as-of DATE} as a person types it: its reports go beside the current ones, named for the day, and the run
 * is not in {@code history}.
 */
class AsOfRunFunctionalTests {

	@TempDir
	static Path home;

	static HomeProperty homeProperty;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void installation() throws IOException {
		homeProperty = HomeProperty.set(home);
		Path store = Files.createDirectories(home.resolve("input/documents/asof"));
		UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/1").writeTo(store.resolve("E_CN.7_2014_1-EN.pdf"));
		Path registers = Files.createDirectories(home.resolve("input/registers"));
		Workbooks.workbook().row(1, "Symbol", "Languages").row(2, "E/CN.7/2014/1", "E/F")
				.row(3, "E/CN.7/2014/CRP.1", "E").write(registers.resolve("asof.xlsx"));
		Files.writeString(Files.createDirectories(home.resolve("jobs")).resolve("asof.yml"), """
				session: ASOF
				register: ../input/registers/asof.xlsx
				documents: ../input/documents/asof
				output: ../output/asof
				opens: 2014-03-13
				""");
	}

	@AfterAll
	static void restore() {
		homeProperty.restore();
	}

	@Test
	void anAsOfRunWritesItsReportsBesideTheCurrentOnesAndIsNotInTheHistory() throws IOException {
		// given a normal run, whose reports are the current ones
		String job = home.resolve("jobs/asof.yml").toString();
		assertThat(execute("run", job)).as(err()).isZero();
		Path output = home.resolve("output/asof");
		Path workbook = output.resolve("ASOF-coverage.xlsx");
		FileTime written = FileTime.fromMillis(0);
		Files.setLastModifiedTime(workbook, written);
		byte[] current = Files.readAllBytes(workbook);
		this.out.reset();

		// when the session is judged as of a day before its deadline
		int status = execute("run", job, "--as-of", "2014-01-20");

		// then its reports are beside the current ones, which are untouched
		assertThat(status).as(err()).isZero();
		assertThat(out()).startsWith("ASOF: coverage").contains("; as of 2014-01-20, not kept in the history;")
				.contains("ASOF-coverage-as-of-2014-01-20.xlsx", "ASOF-coverage-as-of-2014-01-20.pdf");
		assertThat(output.resolve("ASOF-coverage-as-of-2014-01-20.xlsx")).isRegularFile();
		assertThat(output.resolve("ASOF-coverage-as-of-2014-01-20.pdf")).isRegularFile();
		assertThat(Files.getLastModifiedTime(workbook)).isEqualTo(written);
		assertThat(Files.readAllBytes(workbook)).isEqualTo(current);
		// and history lists the normal run only
		this.out.reset();
		assertThat(execute("history", "ASOF")).isZero();
		assertThat(out().lines()).singleElement().asString().contains("COMPLETED");
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
