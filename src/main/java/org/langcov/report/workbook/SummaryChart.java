package org.langcov.report.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Summary sheet's bar chart of coverage per language and overall: a native Excel chart drawn from the table's
 * cells, so that it is as exact as the table and follows it if someone edits a number. Horizontal bars in the table's
 * order, on a 0 to 100 % scale, each labelled with its percentage; the overall bar darker, as in the PDF.
 */
final class SummaryChart {

	static final String TITLE = "Coverage per language";

	private SummaryChart() {
	}

	/**
	 * Draws the chart of the table whose labels are in column 0 and coverage in column {@code coverage} of the rows
	 * given, over the cells given.
	 */
	static XSSFChart draw(XSSFSheet sheet, int firstRow, int lastRow, int topRow, int bottomRow, int columns,
			int coverage) {
		return PercentBarChart.draw(sheet, TITLE, "Coverage", 0, topRow, columns, bottomRow,
				XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
				XDDFDataSourcesFactory.fromNumericCellRange(sheet,
						new CellRangeAddress(firstRow, lastRow, coverage, coverage)));
	}

}
