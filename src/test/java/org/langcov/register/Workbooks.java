package org.langcov.register;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small .xlsx registers for tests, with the rows numbered as a
 * spreadsheet program shows them.
 */
final class Workbooks {

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private Sheet sheet;

	static Workbooks workbook() {
		return new Workbooks();
	}

	Workbooks sheet(String name) {
		this.sheet = this.workbook.createSheet(name);
		return this;
	}

	/**
	 * A row; {@code null} leaves a cell out, a {@link Formatted} value gets its
	 * number format, a {@link LocalDate} a date format.
	 */
	Workbooks row(int rowNumber, Object... values) {
		if (this.sheet == null) {
			sheet("Sheet1");
		}
		Row row = this.sheet.createRow(rowNumber - 1);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				set(row.createCell(i), values[i]);
			}
		}
		return this;
	}

	Path write(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); XSSFWorkbook book = this.workbook) {
			book.write(out);
		}
		return file;
	}

	private void set(Cell cell, Object value) {
		if (value instanceof Formatted formatted) {
			cell.setCellValue(formatted.value());
			cell.setCellStyle(style(formatted.format()));
		} else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(style("d/m/yy"));
		} else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		} else {
			cell.setCellValue(value.toString());
		}
	}

	private CellStyle style(String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		return style;
	}

	/** A number shown with an Excel number format. */
	record Formatted(double value, String format) {
	}

}
