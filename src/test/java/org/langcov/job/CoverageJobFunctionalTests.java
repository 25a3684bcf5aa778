package org.langcov.job;

import org.langcov.store.Placeholders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.BrokenFiles;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.history.RunRepository;
import org.langcov.report.ReportSource;
import org.langcov.report.SlotLine;
import org.springframework.beans.factory.annotation.Autowired;

@LangcovFunctionalTest
class CoverageJobFunctionalTests {

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	RunRepository runs;

	@Test
	void theSlotsOfARunsReportsAreItsDocumentsSlotsThatWereLookedUpInOrder() throws IOException {
		// given a run with a version not expected and absent, and one not expected but present
		Path store = Files.createDirectories(this.dir.resolve("store"));
		pdf(store, Language.ENGLISH, "E/CN.7/2014/1");
		pdf(store, Language.RUSSIAN, "E/CN.7/2014/1");
		pdf(store, Language.ENGLISH, "E/CN.7/2014/CRP.1");
		pdf(store, Language.FRENCH, "E/CN.7/2014/CRP.1");
		Workbooks.workbook().row(3, "Document symbol", "Title or description", "Agenda item")
				.row(4, "E/CN.7/2014/1", "Annotated provisional agenda", "2")
				.row(5, "E/CN.7/2014/CRP.1", "Conference room paper", "4").write(this.dir.resolve("register.xlsx"));
		Path jobFile = this.dir.resolve("slots.yml");
		Files.writeString(jobFile, """
				session: SLOTS57
				register: register.xlsx
				documents: store
				expect:
				  - symbols: "*/CRP.*"
				    languages: E
				output: out
				""");
		assertThat(this.runner.run(new JobFileReader().read(jobFile), false).result())
				.isEqualTo(RunOutcome.Result.COMPLETED);

		// when the reports' source is read
		ReportSource source = this.runs.reportSource(this.runs.history("SLOTS57").get(0).run());
		List<SlotLine> slots = new ArrayList<>();
		source.slots(slots::add);
		List<SlotLine> documentsSlots = new ArrayList<>();
		source.documents((document) -> document.slots().values().stream().filter(SlotLine::lookedUp)
				.forEach(documentsSlots::add));

		// then the two are the same, which is what the reports, reading each stream once, rely on
		assertThat(slots).isEqualTo(documentsSlots).hasSize(8);
		assertThat(slots).filteredOn((slot) -> !slot.expected()).extracting(SlotLine::symbol, SlotLine::language)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("E/CN.7/2014/CRP.1", Language.FRENCH));
	}

	@Test
	void filesAndRejectedSheetsListEverySlotAndEveryRowNotTaken() throws IOException {
		// given
		Path store = Files.createDirectories(this.dir.resolve("store"));
		for (Language language : Language.values()) {
			pdf(store, language, "E/CN.7/2014/1");
		}
		pdf(store, Language.ENGLISH, "E/CN.7/2014/2", "E/CN.15/2014/2");
		BrokenFiles.zeroBytes(store.resolve("E_CN.7_2014_2-ZH.pdf"));
		BrokenFiles.htmlPage(store.resolve("E_CN.7_2014_2-FR.pdf"));
		BrokenFiles.truncatedPdf(store.resolve("E_CN.7_2014_2-RU.pdf"));
		BrokenFiles.userPassword(store.resolve("E_CN.7_2014_2-ES.pdf"));
		pdf(store, Language.ENGLISH, "E/CN.7/2014/CRP.1");
		pdf(store, Language.FRENCH, "E/CN.7/2014/CRP.1");
		BrokenFiles.ownerPasswordOnly(store.resolve("E_CN.7_2014_3-EN.pdf"));
		BrokenFiles.noPages(store.resolve("E_CN.7_2014_3-FR.pdf"));
		Files.createDirectories(store.resolve("drafts"));
		pdf(store.resolve("drafts"), Language.SPANISH, "E/CN.7/2014/3");
		Workbooks.workbook().row(1, "Commission on Narcotic Drugs, fifty-seventh session")
				.row(3, "Document symbol", "Title or description", "Agenda item", "Languages", "S")
				.row(4, "E/CN.7/2014/1", "Annotated provisional agenda", "2")
				.row(5, "E/CN.7/2014/2 - E/CN.15/2014/2", "Report of the Executive Director", "3")
				.row(6, "", "A row without a symbol").row(7, "E/CN.7/2014/CRP.1", "Conference room paper", "4")
				.row(8, "Note by the Secretariat", "not a symbol").row(9, "E/CN.7/2014/1", "Listed twice")
				.row(10, "E/CN.7/2014/4", "Strange languages", "", "Klingon")
				.row(11, "E/CN.7/2014/5", "Escaping the store", "", "", "../../elsewhere.pdf")
				.row(12, "E/CN.7/2014/3", "A report in two languages", "5", "E/F/S", "drafts/E_CN.7_2014_3-*.pdf")
				.write(this.dir.resolve("register.xlsx"));
		Path jobFile = this.dir.resolve("cnd57.yml");
		Files.writeString(jobFile, """
				session: FILES57
				register: register.xlsx
				documents: store
				expect:
				  - symbols: "*/CRP.*"
				    languages: E
				output: out
				""");

		// when
		RunOutcome outcome = this.runner.run(new JobFileReader().read(jobFile), false);

		// then
		assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		try (Workbook workbook = Sheets.open(this.dir.resolve("out/FILES57-coverage.xlsx"))) {
			assertThat(Sheets.rows(workbook.getSheet("Files"), 5)).containsExactly(
					List.of("Symbol", "Language", "Status", "Detail", "Location"),
					List.of("E/CN.7/2014/1", "A", "AVAILABLE", "", "E_CN.7_2014_1-AR.pdf"),
					List.of("E/CN.7/2014/1", "C", "AVAILABLE", "", "E_CN.7_2014_1-ZH.pdf"),
					List.of("E/CN.7/2014/1", "E", "AVAILABLE", "", "E_CN.7_2014_1-EN.pdf"),
					List.of("E/CN.7/2014/1", "F", "AVAILABLE", "", "E_CN.7_2014_1-FR.pdf"),
					List.of("E/CN.7/2014/1", "R", "AVAILABLE", "", "E_CN.7_2014_1-RU.pdf"),
					List.of("E/CN.7/2014/1", "S", "AVAILABLE", "", "E_CN.7_2014_1-ES.pdf"),
					List.of("E/CN.7/2014/2", "A", "MISSING", "", "E_CN.7_2014_2-AR.pdf"),
					List.of("E/CN.7/2014/2", "C", "EMPTY", "the file has zero bytes", "E_CN.7_2014_2-ZH.pdf"),
					List.of("E/CN.7/2014/2", "E", "AVAILABLE", "", "E_CN.7_2014_2-EN.pdf"),
					List.of("E/CN.7/2014/2", "F", "NOT_PDF", "no %PDF- header: it looks like an HTML page",
							"E_CN.7_2014_2-FR.pdf"),
					List.of("E/CN.7/2014/2", "R", "DAMAGED", "cut short: the file ends inside a stream of object 24",
							"E_CN.7_2014_2-RU.pdf"),
					List.of("E/CN.7/2014/2", "S", "ENCRYPTED", "needs a password to open", "E_CN.7_2014_2-ES.pdf"),
					List.of("E/CN.7/2014/CRP.1", "E", "AVAILABLE", "", "E_CN.7_2014_CRP.1-EN.pdf"),
					List.of("E/CN.7/2014/CRP.1", "F", "AVAILABLE", "not expected", "E_CN.7_2014_CRP.1-FR.pdf"),
					List.of("E/CN.7/2014/3", "E", "AVAILABLE", "", "E_CN.7_2014_3-EN.pdf"),
					List.of("E/CN.7/2014/3", "F", "DAMAGED", "has no pages", "E_CN.7_2014_3-FR.pdf"),
					List.of("E/CN.7/2014/3", "S", "AVAILABLE", "", "drafts/E_CN.7_2014_3-ES.pdf"));
			assertThat(Sheets.rows(workbook.getSheet("Files"), 11).get(0)).containsExactly("Symbol", "Language",
					"Status", "Detail", "Location", "Bytes", "Pages", "PDF version", "Detected language",
					"Last modified", "Available since");
			assertThat(Sheets.rows(workbook.getSheet("Rejected"), 3)).containsExactly(
					List.of("Row", "Symbol", "Reason"), List.of("6", "", "no symbol"),
					List.of("8", "Note by the Secretariat", "\"Note by the Secretariat\" is not a UN document symbol"),
					List.of("9", "E/CN.7/2014/1", "E/CN.7/2014/1 is already listed in row 4"),
					List.of("10", "E/CN.7/2014/4",
							"Languages \"Klingon\" not understood: write letters (ACEFRS,"
									+ " E/F/S), codes (en, fr), names (English, French) or all"),
					List.of("11", "E/CN.7/2014/5", "Spanish location '../../elsewhere.pdf' points outside the store"));
		}
		assertThat(this.dir.resolve("out/FILES57-coverage.pdf")).isNotEmptyFile();
		assertThat(outcome.summary().get(6).expected()).isEqualTo(6 + 6 + 1 + 3);
		assertThat(outcome.summary().get(6).available()).isEqualTo(6 + 1 + 1 + 2);
	}

	private static void pdf(Path store, Language language, String... symbols) {
		String name = Placeholders.expand(JobFile.DEFAULT_PATTERN, symbols[0], language);
		UnDocumentPdf.of(language, symbols).writeTo(store.resolve(name));
	}

}
