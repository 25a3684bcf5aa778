package org.langcov.report.workbook;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * A native Excel chart of shares per language and overall, as both workbook charts draw it: horizontal bars top to
 * bottom in the table's order, on a 0 to 100 % scale, each labelled with its percentage, the last (overall) bar darker,
 * as in the PDF.
 */
final class PercentBarChart {

	private static final byte[] BAR = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};

	private static final byte[] OVERALL_BAR = {(byte) 0x20, (byte) 0x38, (byte) 0x64};

	private PercentBarChart() {
	}

	/**
	 * Draws the chart over the cells from ({@code col1}, {@code row1}) to ({@code col2}, {@code row2}).
	 */
	static XSSFChart draw(XSSFSheet sheet, String title, String seriesTitle, int col1, int row1, int col2, int row2,
			XDDFCategoryDataSource names, XDDFNumericalDataSource<? extends Number> shares) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		XDDFCategoryAxis languages = chart.createCategoryAxis(AxisPosition.LEFT);
		// Top to bottom in the table's order, Arabic first.
		languages.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis scale = chart.createValueAxis(AxisPosition.BOTTOM);
		scale.setMinimum(0);
		scale.setMaximum(1);
		scale.setMajorUnit(0.25);
		scale.setNumberFormat("0%");
		scale.setCrosses(AxisCrosses.AUTO_ZERO);
		scale.getOrAddMajorGridProperties();

		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, languages, scale);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		// The gap between bars is half a bar.
		data.setGapWidth(50);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, shares);
		series.setTitle(seriesTitle, null);
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR)));
		series.getDataPoint(names.getPointCount() - 1)
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
