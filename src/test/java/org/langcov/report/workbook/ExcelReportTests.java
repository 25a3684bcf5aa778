package org.langcov.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.DocumentLine;
import org.langcov.report.LanguageSummary;
import org.langcov.report.ReportData;
import org.langcov.report.ReportFixtures;
import org.langcov.report.RunInfo;
import org.langcov.report.RunTime;
import org.langcov.report.SlotState;
import org.langcov.vocabulary.Status;

class ExcelReportTests {

	@TempDir
	Path dir;

	@Test
	void sheetsComeInTheContractsOrder() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			List<String> names = new ArrayList<>();
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("Summary", "Coverage", "Problems", "Files", "Changes", "Rejected",
					"Register notes");
		}
	}

	@Test
	void filesSheetHasExactlyTheContractsHeaders() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			assertThat(texts(workbook.getSheet("Files").getRow(0))).containsExactly("Symbol", "Language", "Status",
					"Detail", "Location", "Bytes", "Pages", "PDF version", "Detected language", "Last modified",
					"Available since");
		}
	}

	@Test
	void filesSheetHasOneRowPerSlotWithNumbersAndDatesTyped() throws IOException {
		ReportData data = ReportFixtures.sample();
		try (XSSFWorkbook workbook = write(data)) {
			Sheet files = workbook.getSheet("Files");
			assertThat(files.getLastRowNum()).isEqualTo(data.slots().size());
			Row available = files.getRow(1);
			assertThat(available.getCell(0).getStringCellValue()).isEqualTo("E/CN.7/2014/1");
			assertThat(available.getCell(1).getStringCellValue()).isEqualTo("A");
			assertThat(available.getCell(2).getStringCellValue()).isEqualTo("AVAILABLE");
			assertThat(available.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(available.getCell(5).getNumericCellValue()).isEqualTo(123_456);
			assertThat(available.getCell(6).getNumericCellValue()).isEqualTo(12);
			assertThat(available.getCell(7).getStringCellValue()).isEqualTo("1.7");
			assertThat(available.getCell(8).getStringCellValue()).isEqualTo("A");
			assertThat(DateUtil.isCellDateFormatted(available.getCell(9))).isTrue();
			assertThat(available.getCell(9).getLocalDateTimeCellValue())
					.isEqualTo(LocalDateTime.of(2014, 2, 1, 9, 15, 30));
			assertThat(available.getCell(9).getCellStyle().getDataFormatString()).contains("hh:mm");
			assertThat(DateUtil.isCellDateFormatted(available.getCell(10))).isTrue();
			assertThat(available.getCell(10).getLocalDateTimeCellValue().toLocalDate())
					.isEqualTo(LocalDate.of(2014, 2, 3));
			assertThat(available.getCell(10).getCellStyle().getDataFormatString()).doesNotContain("hh");
			Row missing = files.getRow(7);
			assertThat(missing.getCell(2).getStringCellValue()).isEqualTo("MISSING");
			for (int column = 5; column <= 10; column++) {
				Cell cell = missing.getCell(column);
				assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("column %d", column).isTrue();
			}
		}
	}

	@Test
	void summaryShowsTheRunAndCoverageAsAPercentNumber() throws IOException {
		ReportData data = ReportFixtures.sample();
		try (XSSFWorkbook workbook = write(data)) {
			Sheet summary = workbook.getSheet("Summary");
			assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo("CND57");
			assertThat(summary.getRow(1).getCell(1).getStringCellValue()).startsWith("Commission on Narcotic Drugs");
			assertThat(summary.getRow(2).getCell(1).getLocalDateTimeCellValue())
					.isEqualTo(LocalDateTime.of(2014, 3, 10, 1, 30));
			assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo("../input/registers/cnd57.xlsx");
			assertThat(summary.getRow(4).getCell(1).getStringCellValue()).isEqualTo("../input/documents/cnd57");
			assertThat(texts(summary.getRow(6))).containsExactly("Language", "Expected", "Available", "Missing",
					"Other problems", "Unverified", "Coverage");
			assertThat(summary.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Arabic (A)");
			assertThat(summary.getRow(12).getCell(0).getStringCellValue()).isEqualTo("Spanish (S)");
			Row overall = summary.getRow(13);
			LanguageSummary expected = data.summary().get(6);
			assertThat(overall.getCell(0).getStringCellValue()).isEqualTo("Overall");
			assertThat(overall.getCell(1).getNumericCellValue()).isEqualTo(expected.expected());
			assertThat(overall.getCell(2).getNumericCellValue()).isEqualTo(expected.available());
			assertThat(overall.getCell(3).getNumericCellValue()).isEqualTo(expected.missing());
			assertThat(overall.getCell(4).getNumericCellValue()).isEqualTo(expected.otherProblems());
			assertThat(overall.getCell(5).getNumericCellValue()).isEqualTo(1);
			Cell coverage = overall.getCell(6);
			assertThat(coverage.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(coverage.getNumericCellValue()).isEqualTo(0.645);
			assertThat(coverage.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(summary.getRow(7).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		}
	}

	@Test
	void headerRowsAreBoldFrozenAndListSheetsFiltered() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			for (String name : List.of("Coverage", "Problems", "Files", "Changes", "Rejected")) {
				XSSFSheet sheet = workbook.getSheet(name);
				assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as(name).isEqualTo((short) 1);
				assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
				assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A1:");
				assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
						.as(name).isTrue();
			}
			assertThat(workbook.getSheet("Files").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K33");
			assertThat(workbook.getSheet("Files").getRepeatingRows().getFirstRow()).isZero();
			assertThat(workbook.getSheet("Files").getRepeatingRows().getLastRow()).isZero();
			assertThat(workbook.getSheet("Files").getPrintSetup().getLandscape()).isTrue();
		}
	}

	@Test
	void coverageCellsAreMarkedAndColouredByState() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			Sheet coverage = workbook.getSheet("Coverage");
			assertThat(texts(coverage.getRow(0)).subList(0, 9)).containsExactly("Symbol", "Title", "Agenda item", "A",
					"C", "E", "F", "R", "S");
			Row joint = coverage.getRow(2);
			assertState(joint.getCell(3), SlotState.MISSING);
			assertState(joint.getCell(4), SlotState.PROBLEM);
			assertState(joint.getCell(5), SlotState.AVAILABLE);
			Row crp = coverage.getRow(4);
			assertState(crp.getCell(3), SlotState.NOT_EXPECTED);
			assertState(crp.getCell(5), SlotState.AVAILABLE);
			Row formula = coverage.getRow(3);
			for (int column = 3; column <= 6; column++) {
				assertState(formula.getCell(column), SlotState.PROBLEM);
			}
			Row scanned = coverage.getRow(6);
			assertState(scanned.getCell(7), SlotState.AVAILABLE);
			assertState(scanned.getCell(8), SlotState.UNVERIFIED);
			for (SlotState state : SlotState.values()) {
				Cell legend = coverage.getRow(0).getCell(CoverageSheet.LEGEND_COLUMN + state.ordinal());
				assertThat(legend.getStringCellValue()).contains(state.meaning());
				assertState(legend, state);
			}
		}
	}

	@Test
	void coverageKeepsJointSymbolsOnePerLineAndFormulaTitlesAsText() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			Sheet coverage = workbook.getSheet("Coverage");
			assertThat(coverage.getLastRowNum()).isEqualTo(6);
			assertThat(coverage.getRow(2).getCell(0).getStringCellValue()).isEqualTo("E/CN.7/2014/2\nE/CN.15/2014/2");
			assertThat(coverage.getRow(2).getCell(0).getCellStyle().getWrapText()).isTrue();
			Cell formula = coverage.getRow(3).getCell(1);
			assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
			assertThat(formula.getStringCellValue()).isEqualTo(ReportFixtures.FORMULA_TITLE);
			Cell longTitle = coverage.getRow(4).getCell(1);
			assertThat(longTitle.getStringCellValue()).isEqualTo(ReportFixtures.LONG_TITLE);
			assertThat(longTitle.getCellStyle().getWrapText()).isTrue();
			assertThat(coverage.getRow(5).getCell(1).getStringCellValue()).isEqualTo(ReportFixtures.RUSSIAN_TITLE);
			assertThat(coverage.getRow(6).getCell(1).getStringCellValue()).isEqualTo(ReportFixtures.CHINESE_TITLE);
			// Sized from content, and the long title capped so that it wraps rather than runs off the screen.
			assertThat(coverage.getColumnWidth(0)).isEqualTo(
					(int) Math.ceil(ColumnWidths.digits("E/CN.7/2014/CRP.1", false) + ColumnWidths.AIR) * 256);
			assertThat(coverage.getColumnWidth(1)).isEqualTo(CoverageSheet.TITLE_WIDTH * 256);
		}
	}

	@Test
	void problemsListEveryProblemSlot() throws IOException {
		ReportData data = ReportFixtures.sample();
		try (XSSFWorkbook workbook = write(data)) {
			Sheet problems = workbook.getSheet("Problems");
			assertThat(texts(problems.getRow(0))).containsExactly("Symbol", "Language", "Status", "Detail", "Location");
			List<String> statuses = new ArrayList<>();
			for (int i = 1; i <= problems.getLastRowNum(); i++) {
				statuses.add(problems.getRow(i).getCell(2).getStringCellValue());
			}
			assertThat(statuses).hasSize((int) data.slots().stream().filter((s) -> s.status().problem()).count())
					.doesNotContain("AVAILABLE", "NOT_EXPECTED");
			for (Status status : Status.values()) {
				if (status.problem()) {
					assertThat(statuses).contains(status.name());
				}
			}
			assertThat(texts(problems.getRow(1))).containsExactly("E/CN.7/2014/2", "A", "MISSING", "missing",
					"E_CN.7_2014_2-AR.pdf");
		}
	}

	@Test
	void changesListStatusesBeforeAndAfter() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			Sheet changes = workbook.getSheet("Changes");
			assertThat(texts(changes.getRow(0))).containsExactly("Symbol", "Language", "Before", "After");
			assertThat(texts(changes.getRow(1))).containsExactly("E/CN.7/2014/2", "A", "AVAILABLE", "MISSING");
			assertThat(changes.getRow(2).getCell(2)).isNull();
			assertThat(changes.getRow(2).getCell(3).getStringCellValue()).isEqualTo("MISSING");
		}
	}

	@Test
	void changesOnTheFirstRunSayThereIsNothingToCompare() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample(true, 0))) {
			Sheet changes = workbook.getSheet("Changes");
			assertThat(changes.getLastRowNum()).isEqualTo(1);
			assertThat(changes.getRow(1).getCell(0).getStringCellValue()).contains("first run").contains("CND57");
		}
	}

	@Test
	void rejectedRowsKeepRowNumbersAndSymbolsAsWritten() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			Sheet rejected = workbook.getSheet("Rejected");
			assertThat(texts(rejected.getRow(0))).containsExactly("Row", "Symbol", "Reason");
			assertThat(rejected.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(14);
			assertThat(rejected.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(rejected.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=1+1");
			assertThat(rejected.getLastRowNum()).isEqualTo(3);
		}
	}

	@Test
	void controlCharactersAndOverlongTextDoNotBreakTheWorkbook() throws IOException {
		String control = "Bell\u0007 null\u0000 tab\t escape\u001B end";
		String huge = "x".repeat(40_000);
		RunInfo run = new RunInfo("CND57", control, ReportFixtures.STARTED, "r.xlsx", "docs", false);
		ReportData sample = ReportFixtures.sample();
		List<DocumentLine> documents = new ArrayList<>(sample.documents());
		documents.add(ReportFixtures.document(List.of("E/CN.7/2014/99"), control, huge, Status.AVAILABLE,
				Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE));
		documents.add(ReportFixtures.document(List.of("E/CN.7/2014/100"), huge, "", Status.AVAILABLE, Status.AVAILABLE,
				Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE));
		try (XSSFWorkbook workbook = write(ReportData.of(run, documents, List.of(), List.of()))) {
			assertThat(workbook.getSheet("Summary").getRow(1).getCell(1).getStringCellValue()).startsWith("Bell")
					.endsWith("end");
			Sheet coverage = workbook.getSheet("Coverage");
			assertThat(coverage.getRow(7).getCell(1).getStringCellValue()).startsWith("Bell").endsWith("end");
			assertThat(coverage.getRow(8).getCell(1).getStringCellValue()).hasSize(32_767).endsWith("\u2026");
		}
	}

	@Test
	void theTimeOfTheRunReadsAsInTheOtherReportsWithItsZoneAndIsADate() throws IOException {
		for (ZoneId zone : List.of(ZoneId.of("Europe/Vienna"), ZoneId.of("America/New_York"), ZoneOffset.UTC)) {
			// given
			Path file = this.dir.resolve("zone.xlsx");

			// when
			new ExcelReport(zone).write(ReportFixtures.sample(), file);

			// then
			try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				Cell time = workbook.getSheet("Summary").getRow(2).getCell(1);
				// POI's own DataFormatter knows no literal text in a date's format; its CellFormat reads as Excel does
				String format = time.getCellStyle().getDataFormatString();
				assertThat(CellFormat.getInstance(Locale.ROOT, format).apply(time.getDateCellValue()).text)
						.as(zone.getId()).isEqualTo(RunTime.format(ReportFixtures.STARTED, zone));
				assertThat(time.getLocalDateTimeCellValue()).as("a date, in the zone's local time")
						.isEqualTo(LocalDateTime.ofInstant(ReportFixtures.STARTED, zone));
				assertThat(workbook.getSheet("Summary").getRow(2).getCell(2)).as("nothing beside it").isNull();
			}
		}
	}

	private XSSFWorkbook write(ReportData data) throws IOException {
		Path file = this.dir.resolve("CND57-coverage.xlsx");
		new ExcelReport(ZoneOffset.UTC).write(data, file);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static void assertState(Cell cell, SlotState state) {
		assertThat(cell.getStringCellValue()).startsWith(state.mark());
		XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
		assertThat(style.getFillForegroundXSSFColor().getRGB()).isEqualTo(rgb(state.fill()));
		assertThat(style.getFont().getXSSFColor().getRGB()).isEqualTo(rgb(state.ink()));
	}

	private static byte[] rgb(int rgb) {
		return new byte[]{(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

}
