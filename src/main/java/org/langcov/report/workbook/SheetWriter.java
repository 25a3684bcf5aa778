package org.langcov.report.workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one list sheet row by row: a bold header row, frozen, with a filter over the rows written, and columns sized
 * from what they hold. It only moves forward, which is what lets the streaming workbook keep few rows in memory.
 */
final class SheetWriter {

	/** Most links one sheet holds (see {@link #link}). */
	static final int LINKS = 10_000;

	/** Height of a line of the default 11-point font, in points. */
	static final float LINE_HEIGHT = 15;

	private final Sheet sheet;

	private final ExcelStyles styles;

	private final int columns;

	private final ColumnWidths widths;

	private int next;

	/** The row last given a height for its wrapped text, and how many lines that was. */
	private Row tall;

	private int tallLines;

	private int links;

	SheetWriter(Sheet sheet, ExcelStyles styles, List<String> headers, int... caps) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = headers.size();
		this.widths = new ColumnWidths(headers.size(), caps);
		Row row = row();
		for (int i = 0; i < headers.size(); i++) {
			// the filter's button sits over the right of the header's text
			this.widths.header(i, headers.get(i));
			text(row, i, headers.get(i), styles.header);
		}
	}

	Row row() {
		return this.sheet.createRow(this.next++);
	}

	/**
	 * Makes the row tall enough for this many lines, if it is not already: a spreadsheet program does not grow a row
	 * for wrapped text when it opens a file (LibreOffice keeps the height a file gives, Excel too).
	 */
	void lines(Row row, int lines) {
		if (row == this.tall && lines <= this.tallLines) {
			return;
		}
		if (lines > 1) {
			this.tall = row;
			this.tallLines = lines;
			row.setHeightInPoints(height(lines));
		}
	}

	/** The height of a row of this many lines, in points: at most what a row can be. */
	static float height(int lines) {
		return Math.min(409, lines * LINE_HEIGHT);
	}

	/**
	 * Always text, never a formula: a title such as {@code =SUM(A1)} is a title.
	 */
	void text(Row row, int column, String value) {
		text(row, column, value, this.styles.text);
	}

	/**
	 * Text wider than its column's cap, or of several lines, wraps, and its row gets the height of its lines.
	 */
	void text(Row row, int column, String value, CellStyle style) {
		if (value == null || value.isEmpty()) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(fit(value));
		boolean bold = this.styles.bold(style);
		double digits = ColumnWidths.digits(value, bold);
		int cap = this.widths.cap(column);
		if (digits + ColumnWidths.AIR > cap || value.indexOf('\n') >= 0) {
			style = this.styles.wrapping(style);
			lines(row, ColumnWidths.lines(value, cap, bold));
		}
		cell.setCellStyle(style);
		this.widths.measure(column, digits);
	}

	/**
	 * A note that reads across the empty cells to its right: it neither widens nor wraps its column.
	 */
	void note(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(fit(value));
		cell.setCellStyle(this.styles.note);
	}

	/** How many rows were written, the header included. */
	int rows() {
		return this.next;
	}

	/**
	 * Text cut to what a cell can hold, with an ellipsis to show it was cut: a register's cell can hold a pasted
	 * document, and POI refuses more than Excel's limit rather than losing the whole report.
	 */
	static String fit(String value) {
		int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
		if (value.length() <= max) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(max - 2)) ? max - 2 : max - 1;
		return value.substring(0, end) + "\u2026";
	}

	/**
	 * Text that opens the link when clicked. The cell keeps the text as its value, so that whatever reads the sheet
	 * reads the location. A sheet keeps its links in memory until the end, so only the first {@link #LINKS} of a sheet
	 * get one: more than any session's register needs, few enough for a register of 50,000 documents to fit in a small
	 * heap. A streamed workbook's links are written by it ({@link StreamedWorkbook#link}); a plain one's are POI's.
	 */
	void link(Row row, int column, String value, String link) {
		text(row, column, value, (link != null && this.links < LINKS) ? this.styles.link : this.styles.text);
		if (link != null && this.links < LINKS && value != null && !value.isEmpty()) {
			if (this.sheet.getWorkbook() instanceof StreamedWorkbook streamed) {
				streamed.link(this.sheet, row.getRowNum(), column, link);
				this.links++;
				return;
			}
			Hyperlink hyperlink = this.sheet.getWorkbook().getCreationHelper()
					.createHyperlink(link.startsWith("file:") ? HyperlinkType.FILE : HyperlinkType.URL);
			hyperlink.setAddress(link);
			row.getCell(column).setHyperlink(hyperlink);
			this.links++;
		}
	}

	void number(Row row, int column, Number value) {
		number(row, column, value, this.styles.integer);
	}

	void number(Row row, int column, Number value, CellStyle style) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(style);
		this.widths.measure(column, ColumnWidths.formattedDigits(value.longValue()));
	}

	void dateTime(Row row, int column, LocalDateTime value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(this.styles.dateTime);
		this.widths.measure(column, ColumnWidths.digits(ExcelStyles.DATE_TIME_SAMPLE, false));
	}

	void date(Row row, int column, LocalDate value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(this.styles.date);
		this.widths.measure(column, ColumnWidths.digits(ExcelStyles.DATE_SAMPLE, false));
	}

	/**
	 * Sizes the columns, freezes the header row and puts the filter over every row written.
	 */
	void finish() {
		this.widths.apply(this.sheet);
		this.sheet.createFreezePane(0, 1);
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.next - 1), 0, this.columns - 1));
		// Printed lists go across the page, as wide as the paper, with the header on every page.
		this.sheet.getPrintSetup().setLandscape(true);
		this.sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		this.sheet.getPrintSetup().setFitWidth((short) 1);
		this.sheet.getPrintSetup().setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		this.sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
	}

}
