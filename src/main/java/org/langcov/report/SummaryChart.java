package org.langcov.report;

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
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * The Summary sheet's bar chart of coverage per language and overall: a native
 * Excel chart drawn from the table's cells, so that it is as exact as the table
 * and follows it if someone edits a number. Horizontal bars in the table's
 * order, on a 0 to 100 % scale, each labelled with its percentage; the overall
 * bar darker, as in the PDF.
 */
final class SummaryChart {

	static final String TITLE = "Coverage per language";

	private static final byte[] BAR = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};

	private static final byte[] OVERALL_BAR = {(byte) 0x20, (byte) 0x38, (byte) 0x64};

	private SummaryChart() {
	}

	/**
	 * Draws the chart of the table whose labels are in column 0 and coverage in
	 * column 5 of the rows given, over the cells given.
	 */
	static XSSFChart draw(XSSFSheet sheet, int firstRow, int lastRow, int topRow, int bottomRow, int columns) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, topRow, columns, bottomRow));
		chart.setTitleText(TITLE);
		chart.setTitleOverlay(false);

		XDDFCategoryAxis languages = chart.createCategoryAxis(AxisPosition.LEFT);
		// Top to bottom in the table's order, Arabic first.
		languages.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis coverage = chart.createValueAxis(AxisPosition.BOTTOM);
		coverage.setMinimum(0);
		coverage.setMaximum(1);
		coverage.setMajorUnit(0.25);
		coverage.setNumberFormat("0%");
		coverage.setCrosses(AxisCrosses.AUTO_ZERO);
		coverage.getOrAddMajorGridProperties();

		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, languages, coverage);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		// The gap between bars is half a bar.
		data.setGapWidth(50);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
				XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
				XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 5, 5)));
		series.setTitle("Coverage", null);
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR)));
		series.getDataPoint(lastRow - firstRow)
				.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(OVERALL_BAR)));
		chart.plot(data);
		labels(series);
		// One series needs no legend.
		chart.deleteLegend();
		return chart;
	}

	/** Each bar labelled with its percentage, at its end. */
	private static void labels(XDDFBarChartData.Series series) {
		CTDLbls labels = series.getCTBarSer().addNewDLbls();
		labels.addNewNumFmt().setFormatCode("0.0%");
		labels.getNumFmt().setSourceLinked(false);
		labels.addNewShowLegendKey().setVal(false);
		labels.addNewShowVal().setVal(true);
		labels.addNewShowCatName().setVal(false);
		labels.addNewShowSerName().setVal(false);
		labels.addNewShowPercent().setVal(false);
		labels.addNewShowBubbleSize().setVal(false);
	}

}
