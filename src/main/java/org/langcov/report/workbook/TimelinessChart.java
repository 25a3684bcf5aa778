package org.langcov.report.workbook;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.langcov.report.Percent;
import org.langcov.timeliness.OnTime;

/**
 * The Timeliness sheet's native bar chart of the on-time share per language and overall. The rows it refers to are
 * streamed after it is drawn, so it carries their values as well as their cells: a program that shows the chart before
 * recalculating shows the same bars.
 */
final class TimelinessChart {

	static final String TITLE = "Due versions available on time";

	private TimelinessChart() {
	}

	static XSSFChart draw(XSSFSheet sheet, List<OnTime> onTime, int column, int firstRow, int top, int bottom) {
		String[] names = onTime.stream()
				.map((line) -> (line.language() != null) ? ExcelReport.languageName(line.language()) : "Overall")
				.toArray(String[]::new);
		// a language with nothing due yet has no bar
		Double[] values = onTime.stream()
				.map((line) -> Percent.of(line.onTime(), line.due()).map(Percent::fraction).orElse(0.0))
				.toArray(Double[]::new);
		int lastRow = firstRow + onTime.size() - 1;
		return PercentBarChart.draw(sheet, TITLE, "On time", column, top, column + 9, bottom,
				XDDFDataSourcesFactory.fromArray(names, range(sheet, firstRow, lastRow, column)), XDDFDataSourcesFactory
						.fromArray(values, range(sheet, firstRow, lastRow, TimelinessSheet.SHARE_COLUMN)));
	}

	private static String range(XSSFSheet sheet, int first, int last, int column) {
		return new CellRangeAddress(first, last, column, column).formatAsString(sheet.getSheetName(), true);
	}

}
