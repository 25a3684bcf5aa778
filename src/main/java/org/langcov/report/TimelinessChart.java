package org.langcov.report;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.langcov.timeliness.OnTime;

/**
 * The Timeliness sheet's native bar chart of the on-time share per language and
 * overall. The rows it refers to are streamed after it is drawn, so it carries
 * their values as well as their cells: a program that shows the chart before
 * recalculating shows the same bars.
 */
final class TimelinessChart {

	static final String TITLE = "Due versions available on time";

	private static final byte[] BAR = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};

	private TimelinessChart() {
	}

	static XSSFChart draw(XSSFSheet sheet, List<OnTime> onTime, int column, int firstRow, int top, int bottom) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, top, column + 7, bottom));
		chart.setTitleText(TITLE);
		chart.setTitleOverlay(false);
		XDDFCategoryAxis languages = chart.createCategoryAxis(AxisPosition.LEFT);
		languages.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis share = chart.createValueAxis(AxisPosition.BOTTOM);
		share.setMinimum(0);
		share.setMaximum(1);
		share.setMajorUnit(0.25);
		share.setNumberFormat("0%");
		share.setCrosses(AxisCrosses.AUTO_ZERO);
		share.getOrAddMajorGridProperties();

		String[] names = onTime.stream()
				.map((line) -> (line.language() != null) ? line.language().displayName() : "Overall")
				.toArray(String[]::new);
		// a language with nothing due yet has no bar
		Double[] values = onTime.stream().map((line) -> (line.share() != null) ? line.share() : 0.0)
				.toArray(Double[]::new);
		int lastRow = firstRow + onTime.size() - 1;
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, languages, share);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		data.setGapWidth(50);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
				XDDFDataSourcesFactory.fromArray(names, range(sheet, firstRow, lastRow, column)),
				XDDFDataSourcesFactory.fromArray(values, range(sheet, firstRow, lastRow, column + 6)));
		series.setTitle("On time", null);
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR)));
		chart.plot(data);
		chart.deleteLegend();
		return chart;
	}

	private static String range(XSSFSheet sheet, int first, int last, int column) {
		return new CellRangeAddress(first, last, column, column).formatAsString(sheet.getSheetName(), true);
	}

}
