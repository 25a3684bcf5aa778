package org.langcov.report.workbook;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.langcov.report.LanguageSummary;
import org.langcov.report.Percent;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.report.RunTime;

/**
 * The Summary sheet: what the run was, then expected, available, missing, other problems, unverified and coverage per
 * language and overall, and under the table a native bar chart of it ({@link SummaryChart}). It is written on a plain
 * XSSF sheet (the streaming workbook wraps it afterwards) because it is small, and because only a plain sheet can hold
 * a chart.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	static final List<String> HEADERS = List.of("Language", "Expected", "Available", "Missing", "Other problems",
			"Unverified", "Coverage");

	/** The column of the coverage, which the chart draws. */
	static final int COVERAGE_COLUMN = 6;

	/**
	 * Row index of the table's header row; the chart can anchor on the table below it.
	 */
	static final int TABLE_HEADER_ROW = 6;

	/** The chart's height in rows, below the table. */
	static final int CHART_ROWS = 18;

	/** Calibri's bold digits are as wide as its regular ones; a bold number's separators are a little wider. */
	private static final double BOLD_DIGITS = 1.02;

	private final ExcelStyles styles;

	private final ZoneId zone;

	SummarySheet(ExcelStyles styles, ZoneId zone) {
		this.styles = styles;
		this.zone = zone;
	}

	void write(XSSFSheet sheet, ReportSource source) {
		RunInfo run = source.run();
		// The values overflow into the empty cells to their right, so they do not widen the table's columns.
		info(sheet, 0, "Session", run.session());
		info(sheet, 1, "Title", run.title());
		XSSFRow time = info(sheet, 2, "Time of the run", null);
		if (run.started() != null) {
			Cell cell = time.createCell(1);
			cell.setCellValue(LocalDateTime.ofInstant(run.started(), this.zone));
			// a date in Excel has no zone: its format names it, so that the cell reads as in the other reports
			cell.setCellStyle(withZone(sheet, RunTime.zoneName(run.started(), this.zone)));
		}
		info(sheet, 3, "Register", run.register());
		info(sheet, 4, "Store", run.store());

		ColumnWidths widths = new ColumnWidths(HEADERS.size());
		// the labels above the table are bold; the values beside them read across the empty cells to their right
		widths.measure(0, ColumnWidths.digits("Time of the run", true));
		widths.measure(1, ColumnWidths.digits(ExcelStyles.DATE_TIME_SAMPLE + " "
				+ ((run.started() != null) ? RunTime.zoneName(run.started(), this.zone) : ""), false));
		XSSFRow header = sheet.createRow(TABLE_HEADER_ROW);
		for (int i = 0; i < HEADERS.size(); i++) {
			// Headers of numbers stand over the numbers, at the right.
			text(header, i, HEADERS.get(i), (i == 0) ? this.styles.header : this.styles.headerRight);
			widths.measure(i, ColumnWidths.digits(HEADERS.get(i), true));
		}
		int rowIndex = TABLE_HEADER_ROW + 1;
		for (LanguageSummary line : source.summary()) {
			boolean overall = line.language() == null;
			String name = overall ? "Overall" : ExcelReport.languageName(line.language());
			XSSFRow row = sheet.createRow(rowIndex++);
			text(row, 0, name, overall ? this.styles.bold : this.styles.text);
			widths.measure(0, ColumnWidths.digits(name, overall));
			CellStyle integer = overall ? this.styles.boldInteger : this.styles.integer;
			int[] counts = {line.expected(), line.available(), line.missing(), line.otherProblems(), line.unverified()};
			for (int i = 0; i < counts.length; i++) {
				Cell cell = row.createCell(i + 1);
				cell.setCellValue(counts[i]);
				cell.setCellStyle(integer);
				widths.measure(i + 1, ColumnWidths.formattedDigits(counts[i]) * (overall ? BOLD_DIGITS : 1));
			}
			Cell coverage = row.createCell(COVERAGE_COLUMN);
			if (line.percent().isPresent()) {
				// the rounded share, so that the cell holds what the PDF prints
				coverage.setCellValue(line.percent().get().fraction());
				coverage.setCellStyle(overall ? this.styles.boldPercent : this.styles.percent);
			} else {
				// nothing expected: no coverage, and no bar in the chart
				coverage.setCellValue(Percent.NONE);
				coverage.setCellStyle(overall ? this.styles.boldNone : this.styles.none);
			}
		}
		widths.apply(sheet);
		// Frozen below the table's header, like every other sheet's header row.
		sheet.createFreezePane(0, TABLE_HEADER_ROW + 1);
		int lastRow = rowIndex - 1;
		SummaryChart.draw(sheet, TABLE_HEADER_ROW + 1, lastRow, lastRow + 2, lastRow + 2 + CHART_ROWS, HEADERS.size(),
				COVERAGE_COLUMN);
		// Printed on one landscape page, table and chart together.
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 1);
		sheet.setFitToPage(true);
	}

	private XSSFRow info(XSSFSheet sheet, int rowIndex, String label, String value) {
		XSSFRow row = sheet.createRow(rowIndex);
		text(row, 0, label, this.styles.bold);
		if (value != null && !value.isEmpty()) {
			text(row, 1, value, this.styles.text);
		}
		return row;
	}

	private static void text(XSSFRow row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(SheetWriter.fit(value));
		cell.setCellStyle(style);
	}

	/** The time's style, its format followed by the zone's name as a literal ({@code 2014-03-10 02:30:00 CET}). */
	private CellStyle withZone(XSSFSheet sheet, String zone) {
		XSSFCellStyle style = sheet.getWorkbook().createCellStyle();
		style.cloneStyleFrom(this.styles.dateTimeLeft);
		style.setDataFormat(sheet.getWorkbook().createDataFormat()
				.getFormat(ExcelStyles.DATE_TIME + " \"" + zone.replace("\"", "") + "\""));
		return style;
	}

}
