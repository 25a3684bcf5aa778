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
 * {@code prune} applies the retention to every session now, on days set with the fixed clock property
 * ({@code langcov.clock}), as bench/retention.sh plays its nights.
 */
class PruneCommandFunctionalTests {

	@TempDir
	Path home;

	HomeProperty homeProperty;

	@BeforeEach
	void installation() {
		this.homeProperty = HomeProperty.set(this.home);
	}

	@AfterEach
	void restore() {
		this.homeProperty.restore();
		System.clearProperty("langcov.clock");
	}

	@Test
	void pruneDropsTheDetailOfRunsOlderThanTheRetentionAndHistoryStillShowsThem() throws IOException {
		// given a session run on the first two days of January
		Path job = job();
		assertThat(at("2014-01-01T02:30:00Z", "run", job.toString()).status()).isZero();
		assertThat(at("2014-01-02T02:30:00Z", "run", job.toString()).status()).isZero();

		// when prune runs in June, and again
		Console prune = at("2014-06-02T12:00:00Z", "prune");
		Console again = at("2014-06-02T12:00:01Z", "prune");

		// then the first run's detail goes, its 18 slots (three documents in six languages), once: the second is the
		// latest, kept in full
		assertThat(prune.status()).as(prune.err()).isZero();
		assertThat(prune.out()).isEqualTo("pruned 1 run started before 2014-03-04 12:00:00 UTC: 18 slot rows dropped,"
				+ " their figures per language kept" + System.lineSeparator());
		assertThat(again.out()).startsWith("nothing to prune: no run started before 2014-03-04 12:00:01 UTC");
		// and history still shows both runs with their coverage
		assertThat(Console.run("history", "CEMH12").out().lines()).containsExactly(
				"2014-01-02 02:30:00 UTC  COMPLETED  A \u2013 C \u2013 E 66.7% F \u2013 R \u2013 S"
						+ " \u2013 overall 66.7%",
				"2014-01-01 02:30:00 UTC  COMPLETED  A \u2013 C \u2013 E 66.7% F"
						+ " \u2013 R \u2013 S \u2013 overall 66.7%");
	}

	@Test
	void pruneTakesNoArguments() {
		Console prune = Console.run("prune", "CEMH12");

		assertThat(prune.status()).isEqualTo(2);
		assertThat(prune.err()).startsWith("langcov: prune: takes no arguments");
	}

	/** The command line run with the clock fixed at the instant. */
	private static Console at(String instant, String... args) {
		System.setProperty("langcov.clock", instant);
		return Console.run(args);
	}

	/** Three documents expected in English, two of them there. */
	private Path job() throws IOException {
		Path store = Files.createDirectories(this.home.resolve("store"));
		Workbooks register = Workbooks.workbook().row(1, "Symbol", "Title");
		for (int i = 1; i <= 3; i++) {
			String symbol = "E/C.21/2025/" + i;
			register.row(i + 1, symbol, "Document " + i);
			if (i != 3) {
				UnDocumentPdf.of(Language.ENGLISH, symbol).writeTo(store.resolve("E_C.21_2025_" + i + "-EN.pdf"));
			}
		}
		register.write(this.home.resolve("register.xlsx"));
		return Files.writeString(this.home.resolve("cemh.yml"),
				"session: CEMH12\nregister: register.xlsx\ndocuments: store\nlanguages: E\noutput: out\n");
	}

}
