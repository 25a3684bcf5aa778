package org.langcov.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Assertions on how a workbook renders, for the workbook's tests and for the functional tests of real runs: values
 * whole in their columns or wrapped in rows tall enough, column definitions in order.
 */
public final class WorkbookRendering {

	private static final Pattern COL = Pattern.compile("<col min=\"(\\d+)\" max=\"(\\d+)\"");

	private WorkbookRendering() {
	}

	/**
	 * Every value of every sheet is as wide as its column (in Calibri's widths, bold for bold cells, with the filter's
	 * button on a filtered header), or it wraps, in a row tall enough for its lines; headers never wrap. Values that
	 * read across empty cells (the values beside the Summary's labels, notes in italics) are left out.
	 */
	public static void assertEveryValueFits(XSSFWorkbook workbook) {
		DataFormatter formatter = new DataFormatter();
		for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
			XSSFSheet sheet = workbook.getSheetAt(s);
			CellRangeAddress filter = sheet.getCTWorksheet().isSetAutoFilter()
					? CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef())
					: null;
			for (Row row : sheet) {
				for (Cell cell : row) {
					XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
					String text = formatter.formatCellValue(cell);
					if (text.isEmpty() || overflows(sheet, cell, style)) {
						continue;
					}
					boolean bold = style.getFont().getBold();
					double needed = ColumnWidths.digits(text, bold) + ColumnWidths.AIR;
					if (filter != null && row.getRowNum() == 0 && filter.isInRange(0, cell.getColumnIndex())) {
						needed += ColumnWidths.FILTER_BUTTON;
					}
					double width = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0;
					String where = sheet.getSheetName() + "!" + cell.getAddress() + " " + text;
					if (width >= needed && !text.contains("\n")) {
						continue;
					}
					// narrower than the value: it must wrap, in a row as tall as its lines
					assertThat(style.getWrapText()).as("wraps: " + where).isTrue();
					assertThat(row.getRowNum()).as("a header that wraps: " + where).isPositive();
					int lines = ColumnWidths.lines(text, (int) width, bold);
					assertThat(row.getHeightInPoints()).as("the height of %d lines: %s", lines, where)
							.isGreaterThanOrEqualTo(SheetWriter.height(lines));
				}
			}
		}
	}

	private static boolean overflows(XSSFSheet sheet, Cell cell, XSSFCellStyle style) {
		if (style.getFont().getItalic()) {
			return true;
		}
		return sheet.getSheetName().equals(SummarySheet.NAME) && cell.getRowIndex() < SummarySheet.TABLE_HEADER_ROW
				&& cell.getColumnIndex() > 0 && !(cell.getRowIndex() == 2 && cell.getColumnIndex() == 1);
	}

	/**
	 * Each sheet's {@code <col>} elements, read from the file's XML, come in ascending order and do not overlap, as
	 * Excel requires of a file it does not repair.
	 */
	public static void assertColumnsInOrder(Path file) throws IOException {
		Map<String, String> sheets = sheetXml(file);
		assertThat(sheets).isNotEmpty();
		sheets.forEach((name, xml) -> {
			Matcher matcher = COL.matcher(xml);
			int previous = 0;
			int count = 0;
			while (matcher.find()) {
				int min = Integer.parseInt(matcher.group(1));
				int max = Integer.parseInt(matcher.group(2));
				assertThat(min).as("%s: col %d-%d after %d", name, min, max, previous).isGreaterThan(previous);
				assertThat(max).as(name).isGreaterThanOrEqualTo(min);
				previous = max;
				count++;
			}
			assertThat(count).as(name).isPositive();
		});
	}

	/** The XML of each sheet of the file, by its name in the package. */
	static Map<String, String> sheetXml(Path file) throws IOException {
		Map<String, String> sheets = new TreeMap<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (entry.getName().startsWith("xl/worksheets/sheet")) {
					try (InputStream in = zip.getInputStream(entry)) {
						sheets.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return sheets;
	}

}
