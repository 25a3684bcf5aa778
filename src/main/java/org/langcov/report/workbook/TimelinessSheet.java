package org.langcov.report.workbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.langcov.report.Percent;
import org.langcov.report.ReportSource;
import org.langcov.timeliness.OnTime;

/**
 * The Timeliness sheet: on the left, one row per expected version with a due date or exempt from one (Symbol, Language,
 * Due, Available since, Verdict; the Due of an exempt version reads {@code none}), a list with its filter; on the
 * right, in the same top rows, the on-time counts per language and overall, the day they are judged as of, and a native
 * bar chart of the on-time share under them.
 * <p>
 * The chart must be drawn on the plain sheet before the streaming workbook wraps it ({@link #prepare}); the rows are
 * then streamed ({@link #write}).
 */
final class TimelinessSheet {

	static final String NAME = "Timeliness";

	static final List<String> HEADERS = List.of("Symbol", "Language", "Due", "Available since", "Verdict");

	static final List<String> SUMMARY_HEADERS = List.of("Language", "Due", "On time", "Late", "Overdue",
			"Not at opening", "Not yet due", "No deadline", "On time (%)");

	/** The summary's first column: one blank column after the list. */
	static final int SUMMARY_COLUMN = HEADERS.size() + 1;

	/** The summary's column of the on-time share, which the chart draws. */
	static final int SHARE_COLUMN = SUMMARY_COLUMN + SUMMARY_HEADERS.size() - 1;

	private static final String NONE_DUE = "none due";

	private final ExcelStyles styles;

	TimelinessSheet(ExcelStyles styles) {
		this.styles = styles;
	}

	/** Draws the chart of the share, over the cells {@link #write} fills. */
	static void prepare(XSSFSheet sheet, List<OnTime> onTime) {
		int chartTop = onTime.size() + 3;
		TimelinessChart.draw(sheet, onTime, SUMMARY_COLUMN, 1, chartTop, chartTop + 18);
	}

	void write(Sheet sheet, ReportSource source, List<OnTime> onTime, LocalDate asOf) {
		SheetWriter writer = new SheetWriter(sheet, this.styles, HEADERS, 30, 8, 12, 14, 24);
		Row header = sheet.getRow(0);
		ColumnWidths widths = new ColumnWidths(SUMMARY_HEADERS.size());
		for (int i = 0; i < SUMMARY_HEADERS.size(); i++) {
			cell(header, SUMMARY_COLUMN + i, this.styles.header).setCellValue(SUMMARY_HEADERS.get(i));
			// outside the list's filter: no button
			widths.measure(i, ColumnWidths.digits(SUMMARY_HEADERS.get(i), true));
		}
		for (OnTime line : onTime) {
			widths.measure(0, ColumnWidths.digits(summaryName(line), line.language() == null));
		}
		// the counts and shares are narrower than their headers
		widths.measure(SUMMARY_HEADERS.size() - 1, ColumnWidths.digits("100.0%", true));
		widths.measure(SUMMARY_HEADERS.size() - 1, ColumnWidths.digits(NONE_DUE, false));
		int[] next = {1};
		source.timeliness((line) -> {
			Row row = writer.row();
			writer.text(row, 0, line.symbol());
			writer.text(row, 1, String.valueOf(line.language().letter()));
			if (line.due() != null) {
				writer.date(row, 2, line.due());
			} else {
				writer.text(row, 2, "none");
			}
			writer.date(row, 3, line.availableSince());
			writer.text(row, 4, line.verdict().text());
			summary(row, next[0]++, onTime, asOf);
		});
		// a short list still needs rows for the summary beside it
		while (next[0] <= onTime.size() + 1) {
			summary(writer.row(), next[0]++, onTime, asOf);
		}
		writer.finish();
		// after the list's widths: a sheet's column definitions are written in the order they are set
		for (int i = 0; i < SUMMARY_HEADERS.size(); i++) {
			sheet.setColumnWidth(SUMMARY_COLUMN + i, widths.width(i) * 256);
		}
	}

	private static String summaryName(OnTime line) {
		return (line.language() != null) ? ExcelReport.languageName(line.language()) : "Overall";
	}

	/**
	 * The summary's cells in row {@code index}: a language, the overall line, or the as-of day.
	 */
	private void summary(Row row, int index, List<OnTime> onTime, LocalDate asOf) {
		if (index <= onTime.size()) {
			OnTime line = onTime.get(index - 1);
			boolean overall = line.language() == null;
			cell(row, SUMMARY_COLUMN, overall ? this.styles.bold : this.styles.text).setCellValue(summaryName(line));
			int[] counts = {line.due(), line.onTime(), line.late(), line.overdue(), line.notAtOpening(),
					line.notYetDue(), line.noDeadline()};
			for (int i = 0; i < counts.length; i++) {
				cell(row, SUMMARY_COLUMN + 1 + i, overall ? this.styles.boldInteger : this.styles.integer)
						.setCellValue(counts[i]);
			}
			Cell share = cell(row, SHARE_COLUMN, overall ? this.styles.boldPercent : this.styles.percent);
			Optional<Percent> percent = Percent.of(line.onTime(), line.due());
			if (percent.isPresent()) {
				share.setCellValue(percent.get().fraction());
			} else {
				share.setCellValue(NONE_DUE);
			}
		} else if (index == onTime.size() + 1) {
			cell(row, SUMMARY_COLUMN, this.styles.note).setCellValue("As of " + asOf
					+ ": a version is due by the end of its due day; one still missing after the session opened is not"
					+ " available at the opening; the share counts versions due, not those not yet due or without a deadline");
		}
	}

	private static Cell cell(Row row, int column, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		return cell;
	}

}
