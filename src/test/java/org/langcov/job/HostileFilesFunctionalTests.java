package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.HostileFiles;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files built to exhaust memory, stack or time each end with a status of their own, within the default heap and the
 * job's file-timeout, and the document registered after them is still checked.
 */
@LangcovFunctionalTest
class HostileFilesFunctionalTests {

	private static final String GOOD = "E/CN.7/2014/91";

	/**
	 * A file-timeout that files the containment ends by itself never reach, however busy the machine: only the endless
	 * page is meant to time out.
	 */
	private static final String SPARE = "60s";

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Test
	void aContentStreamThatInflatesToGigabytesIsDamaged() throws IOException {
		List<String> hostile = run(HostileFiles::inflationBomb, SPARE);

		assertThat(hostile).containsExactly("DAMAGED",
				"cannot be read: a stream decodes to more than 64 MB (a compression bomb, or a broken stream)");
	}

	@Test
	void anAbsurdDeclaredStreamLengthIsReadFromTheStreamsEnd() throws IOException {
		List<String> hostile = run(HostileFiles::absurdStreamLength, SPARE);

		assertThat(hostile).containsExactly("AVAILABLE", "");
	}

	@Test
	void arraysNestedHundredsOfThousandsDeepAreCutShortAndThePageRead() throws IOException {
		List<String> hostile = run(HostileFiles::deeplyNestedArrays, SPARE);

		assertThat(hostile).containsExactly("AVAILABLE", "");
	}

	@Test
	void aPageTreeThatLoopsIsDamaged() throws IOException {
		List<String> hostile = run(HostileFiles::loopingPageTree, SPARE);

		assertThat(hostile).containsExactly("DAMAGED",
				"page 1 cannot be read: Possible recursion found when searching for page 1");
	}

	@Test
	void crossReferenceSectionsPointingAtEachOtherAreFollowedOnce() throws IOException {
		List<String> hostile = run(HostileFiles::loopingCrossReferences, SPARE);

		assertThat(hostile).containsExactly("AVAILABLE", "");
	}

	@Test
	void aPageThatTakesLongerThanTheFileTimeoutIsTimeout() throws IOException {
		List<String> hostile = run(HostileFiles::endlessDrawing, "2s");

		assertThat(hostile).containsExactly("TIMEOUT", "the inspection took longer than the file-timeout of 2s");
	}

	/**
	 * Runs a job whose register lists the hostile file's document, then a good one, with {@code fileTimeout}; checks
	 * the good one is AVAILABLE and returns the hostile one's status and detail.
	 */
	private List<String> run(UnaryOperator<Path> hostileFile, String fileTimeout) throws IOException {
		Path store = Files.createDirectories(this.dir.resolve("store"));
		hostileFile.apply(store.resolve("E_CN.7_2014_90-EN.pdf"));
		UnDocumentPdf.of(Language.ENGLISH, GOOD).writeTo(store.resolve("E_CN.7_2014_91-EN.pdf"));
		Workbooks.workbook().row(1, "Document symbol", "Title").row(2, HostileFiles.SYMBOL, "A hostile file")
				.row(3, GOOD, "A good report").write(this.dir.resolve("register.xlsx"));
		Path jobFile = Files.writeString(this.dir.resolve("hostile.yml"), """
				session: HOSTILE
				register: register.xlsx
				documents: store
				languages: E
				file-timeout: %s
				output: out
				""".formatted(fileTimeout));

		RunOutcome outcome = this.runner.run(new JobFileReader().read(jobFile), false);

		assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		try (Workbook workbook = Sheets.open(this.dir.resolve("out/HOSTILE-coverage.xlsx"))) {
			List<List<String>> rows = Sheets.rows(workbook.getSheet("Files"), 4);
			assertThat(rows).hasSize(3);
			assertThat(rows.get(2)).containsExactly(GOOD, "E", "AVAILABLE", "");
			assertThat(rows.get(1).subList(0, 2)).containsExactly(HostileFiles.SYMBOL, "E");
			return rows.get(1).subList(2, 4);
		}
	}

}
