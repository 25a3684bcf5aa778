package org.langcov.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.GeneratedSource;
import org.langcov.report.ReportData;
import org.langcov.report.ReportFixtures;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.report.SlotLine;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

/**
 * What makes the workbook ready to hand out: the chart, the links to the files, rows tall enough for their titles, the
 * print setup and the file's properties.
 */
class ExcelReportPresentationTests {

	@TempDir
	Path dir;

	@Test
	void summaryHasANativeBarChartOfTheCoverageColumn() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			XSSFSheet summary = workbook.getSheet("Summary");
			List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
			assertThat(charts).hasSize(1);
			XSSFChart chart = charts.get(0);
			assertThat(chart.getTitleText().getString()).isEqualTo("Coverage per language");
			List<XDDFChartData> data = chart.getChartSeries();
			assertThat(data).hasSize(1);
			XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
			assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
			XDDFChartData.Series series = bars.getSeries(0);
			// Seven bars: the six languages and the overall row, from the table's cells.
			assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Summary!$A$8:$A$14");
			assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Summary!$G$8:$G$14");
			assertThat(series.getValuesData().getPointCount()).isEqualTo(7);
			// Anchored under the table, not over it.
			XSSFClientAnchor anchor = (XSSFClientAnchor) summary.getDrawingPatriarch().getShapes().get(0).getAnchor();
			assertThat(anchor.getRow1()).isGreaterThan(SummarySheet.TABLE_HEADER_ROW + 7);
		}
	}

	@Test
	void locationsOfFilesThatAreThereLinkToTheFile() throws IOException {
		Path store = this.dir.resolve("store folder");
		RunInfo run = new RunInfo("CND57", "t", ReportFixtures.STARTED, "r.xlsx", store.toString(), false);
		ReportData sample = ReportFixtures.sample();
		try (XSSFWorkbook workbook = write(ReportData.of(run, sample.documents(), List.of(), List.of()))) {
			Cell available = workbook.getSheet("Files").getRow(1).getCell(4);
			// The cell shows, sorts, filters and reads as the location itself.
			assertThat(available.getCellType()).isEqualTo(CellType.STRING);
			assertThat(available.getStringCellValue()).isEqualTo("E_CN.7_2014_1-AR.pdf");
			assertThat(available.getHyperlink().getType()).isEqualTo(HyperlinkType.FILE);
			String uri = store.resolve("E_CN.7_2014_1-AR.pdf").toUri().toASCIIString();
			assertThat(uri).startsWith("file:///").contains("store%20folder");
			assertThat(available.getHyperlink().getAddress()).isEqualTo(uri);
			assertThat(workbook.getFontAt(available.getCellStyle().getFontIndex()).getUnderline()).isEqualTo((byte) 1);
			// A missing file has nothing to open.
			Cell missing = workbook.getSheet("Files").getRow(7).getCell(4);
			assertThat(missing.getStringCellValue()).isEqualTo("E_CN.7_2014_2-AR.pdf");
			assertThat(missing.getHyperlink()).isNull();
			Row empty = workbook.getSheet("Problems").getRow(2);
			assertThat(empty.getCell(2).getStringCellValue()).isEqualTo("EMPTY");
			assertThat(empty.getCell(4).getHyperlink().getAddress()).endsWith("/store%20folder/E_CN.7_2014_2-ZH.pdf");
		}
	}

	@Test
	void aSheetHoldsAtMostItsShareOfLinksSoThatALargeRegisterFitsInMemory() throws IOException {
		// 2,000 documents: 10,800 files there, 10,000 of them linked.
		try (XSSFWorkbook workbook = write(new GeneratedSource(2_000))) {
			XSSFSheet files = workbook.getSheet("Files");
			assertThat(files.getHyperlinkList()).hasSize(SheetWriter.LINKS);
			assertThat(files.getRow(files.getLastRowNum()).getCell(4).getStringCellValue()).endsWith("-ES.pdf");
		}
	}

	@Test
	void aWebStoreLinksToTheFilesUrl() {
		SlotLine slot = ReportFixtures.slot("E/CN.7/2014/1", Language.ARABIC, Status.AVAILABLE, true);
		assertThat(StoreLinks.of("https://documents.example.org/cnd57").link(slot))
				.isEqualTo("https://documents.example.org/cnd57/E_CN.7_2014_1-AR.pdf");
		SlotLine spaced = new SlotLine("E/CN.7/2014/1", Language.ARABIC, true, Status.AVAILABLE, "", "2014/a b é.pdf",
				1L, 1, "1.7", null, null, null);
		assertThat(StoreLinks.of("http://host/docs/").link(spaced))
				.isEqualTo("http://host/docs/2014/a%20b%20%C3%A9.pdf");
		assertThat(StoreLinks.of("").link(slot)).isNull();
		SlotLine absolute = new SlotLine("E/CN.7/2014/1", Language.ARABIC, true, Status.AVAILABLE, "",
				"https://host/archive/E_CN.7_2014_1-AR.pdf", 1L, 1, "1.7", null, null, null);
		assertThat(StoreLinks.of("https://host/docs/").link(absolute))
				.isEqualTo("https://host/archive/E_CN.7_2014_1-AR.pdf");
	}

	@Test
	void rowsAreTallEnoughForTheirWrappedTitlesAndJointSymbols() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			Sheet coverage = workbook.getSheet("Coverage");
			assertThat(coverage.getRow(1).getZeroHeight()).isFalse();
			assertThat(coverage.getRow(1).getHeightInPoints()).isEqualTo(coverage.getDefaultRowHeightInPoints());
			// Two symbols, two lines.
			assertThat(coverage.getRow(2).getHeightInPoints()).isEqualTo(2 * SheetWriter.LINE_HEIGHT);
			// The long title, about 600 characters in a column 60 digits wide: about 75 to the line.
			int lines = ColumnWidths.lines(ReportFixtures.LONG_TITLE, CoverageSheet.TITLE_WIDTH, false);
			assertThat(lines).isBetween(8, 10);
			assertThat(coverage.getRow(4).getHeightInPoints()).isEqualTo(lines * SheetWriter.LINE_HEIGHT);
		}
	}

	@Test
	void everyHeaderIsBoldOnABlueBandOverALine() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			for (String name : List.of("Summary", "Coverage", "Problems", "Files", "Changes", "Rejected")) {
				XSSFSheet sheet = workbook.getSheet(name);
				int headerRow = name.equals("Summary") ? SummarySheet.TABLE_HEADER_ROW : 0;
				for (Cell cell : sheet.getRow(headerRow)) {
					if (name.equals("Coverage") && cell.getColumnIndex() >= CoverageSheet.LEGEND_COLUMN) {
						// The legend, coloured as the cells it explains.
						continue;
					}
					XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
					assertThat(style.getFont().getBold()).as("%s %s", name, cell).isTrue();
					assertThat(style.getFillForegroundXSSFColor().getRGB()).as("%s %s", name, cell)
							.isEqualTo(new byte[]{(byte) 0xD9, (byte) 0xE1, (byte) 0xF2});
					assertThat(style.getBorderBottom()).isEqualTo(BorderStyle.THIN);
				}
			}
		}
	}

	@Test
	void everySheetPrintsLandscapeOnePageWideWithItsHeaderRepeated() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			for (Sheet sheet : workbook) {
				assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
				assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
				if (!sheet.getSheetName().equals("Summary")) {
					assertThat(sheet.getRepeatingRows().formatAsString()).as(sheet.getSheetName()).isEqualTo("1:1");
				}
			}
		}
	}

	@Test
	void theFileSaysWhatItIsAndWhenTheRunWas() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			var properties = workbook.getProperties().getCoreProperties();
			assertThat(properties.getTitle()).startsWith("Commission on Narcotic Drugs").endsWith("language coverage");
			assertThat(properties.getCreator()).isEqualTo("langcov");
			assertThat(properties.getCreated().toInstant()).isEqualTo(ReportFixtures.STARTED);
		}
	}

	private XSSFWorkbook write(ReportSource data) throws IOException {
		Path file = this.dir.resolve("CND57-coverage.xlsx");
		new ExcelReport(ZoneOffset.UTC).write(data, file);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

}
