package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.ScannedPdf;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.springframework.beans.factory.annotation.Autowired;

@LangcovFunctionalTest
class ContentChecksFunctionalTests {

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Test
	void wrongDocumentsAndLanguagesAreReportedWithWhatTheFileShowsAndTheDetectedLanguage() throws IOException {
		// given
		Path store = Files.createDirectories(this.dir.resolve("store"));
		UnDocumentPdf.of(Language.ARABIC, "E/CN.7/2014/1").footnote("E/CN.7/2014/4")
				.writeTo(store.resolve("E_CN.7_2014_1-AR.pdf"));
		UnDocumentPdf.of(Language.CHINESE, "E/CN.7/2014/1/Corr.1").writeTo(store.resolve("E_CN.7_2014_1-ZH.pdf"));
		UnDocumentPdf.of(Language.FRENCH, "E/CN.7/2014/1").writeTo(store.resolve("E_CN.7_2014_1-EN.pdf"));
		UnDocumentPdf.of(Language.RUSSIAN, "E/CN.7/2014/1").writeTo(store.resolve("E_CN.7_2014_1-RU.pdf"));
		ScannedPdf.write(store.resolve("E_CN.7_2014_1-ES.pdf"), 2);
		Workbooks.workbook().row(1, "Document symbol", "Title", "Languages")
				.row(2, "E/CN.7/2014/1", "Annotated provisional agenda", "A C E R S")
				.write(this.dir.resolve("register.xlsx"));
		Path jobFile = Files.writeString(this.dir.resolve("content.yml"), """
				session: CONTENT
				register: register.xlsx
				documents: store
				output: out
				""");

		// when
		RunOutcome outcome = this.runner.run(new JobFileReader().read(jobFile), false);

		// then
		assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		try (Workbook workbook = Sheets.open(this.dir.resolve("out/CONTENT-coverage.xlsx"))) {
			List<List<String>> files = Sheets.rows(workbook.getSheet("Files"), 9);
			assertThat(files).extracting((row) -> List.of(row.get(1), row.get(2), row.get(3), row.get(8)))
					.containsExactly(List.of("Language", "Status", "Detail", "Detected language"),
							List.of("A", "AVAILABLE", "", "A"),
							List.of("C", "WRONG_DOCUMENT", "page 1 shows E/CN.7/2014/1/Corr.1", "C"),
							List.of("E", "WRONG_LANGUAGE", "the text is in French, not English", "F"),
							List.of("R", "AVAILABLE", "", "R"), List.of("S", "AVAILABLE", "no text", ""));
		}
		assertThat(inspectionThreadsEnd()).as("the step closes its inspection thread").isTrue();
	}

	private static boolean inspectionThreadsEnd() {
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < until) {
			if (Thread.getAllStackTraces().keySet().stream()
					.noneMatch((thread) -> thread.getName().startsWith("langcov-inspect-"))) {
				return true;
			}
			Thread.onSpinWait();
		}
		return false;
	}

}
