package org.langcov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.html.HtmlReport;
import org.langcov.report.pdf.PdfReport;
import org.langcov.report.workbook.ExcelReport;
import org.langcov.system.LangcovHome;
import org.langcov.system.TempFolder;
import org.langcov.vocabulary.Status;

/**
 * The made-up session of the warm-up goes through every part of the reports that a real session can: otherwise the
 * run's own reports would still pay for the parts it left out.
 */
class ReportWarmUpTests {

	@TempDir
	Path folder;

	@Test
	void theWarmUpWritesTheFourReportsAndDeletesThem() throws IOException {
		// given an installation of its own
		String home = LangcovHome.get().toString();
		System.setProperty(LangcovHome.PROPERTY, this.folder.toString());
		try {
			// when the reports warm up
			long written = ReportFiles.warmUp();

			// then the four were written, the workbook alone being some kilobytes, and nothing is left
			assertThat(written).isGreaterThan(20_000);
			assertThat(TempFolder.root().resolve("process-" + ProcessHandle.current().pid())).doesNotExist();
		} finally {
			System.setProperty(LangcovHome.PROPERTY, home);
		}
	}

	@Test
	void theMadeUpSessionsWorkbookHasEverySheet() throws IOException {
		// when the made-up session's workbook is written
		Path file = this.folder.resolve("warm-up.xlsx");
		new ExcelReport().write(new WarmUpSource(), file);

		// then it has every sheet a session can have, charts included
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach((sheet) -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("Summary", "Coverage", "Problems", "Files", "Changes", "Rejected",
					"Register notes", "Timeliness");
			assertThat(workbook.getSheet("Summary").getDrawingPatriarch().getCharts()).isNotEmpty();
			assertThat(workbook.getSheet("Timeliness").getDrawingPatriarch().getCharts()).isNotEmpty();
		}
	}

	@Test
	void theMadeUpSessionsPdfShowsEveryScriptAndTheTimeliness() throws IOException {
		// when the made-up session's PDF is written
		Path file = this.folder.resolve("warm-up.pdf");
		new PdfReport().write(new WarmUpSource(), file);

		// then its titles are in the six languages' scripts, and it has the timeliness pages
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Provisional agenda", "临时议程", "Ordre du jour provisoire",
					"Предварительная повестка дня", "Programa provisional").containsIgnoringCase("timeliness");
		}
	}

	@Test
	void theMadeUpSessionHasAVersionInEveryStateAndEveryStatus() {
		// given the made-up session
		Set<SlotState> states = EnumSet.noneOf(SlotState.class);
		Set<Status> statuses = EnumSet.noneOf(Status.class);
		new WarmUpSource().documents((document) -> document.slots().values().forEach((slot) -> {
			states.add(SlotState.of(slot));
			statuses.add(slot.status());
		}));

		// then every state and every status is drawn
		assertThat(states).containsExactlyInAnyOrder(SlotState.values());
		assertThat(statuses).containsExactlyInAnyOrder(Status.values());
	}

	@Test
	void theMadeUpSessionsPageHasARowInEachScript() throws IOException {
		// when the made-up session's page is written
		Path file = this.folder.resolve("warm-up.html");
		new HtmlReport().write(new WarmUpSource(), file);

		// then its titles carry their languages
		assertThat(Files.readString(file)).contains("مشروع جدول الأعمال المؤقت", "临时议程", "lang=\"ar\"", "lang=\"zh\"",
				"lang=\"ru\"");
	}

}
