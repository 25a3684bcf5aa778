package org.langcov.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.Change;
import org.langcov.report.DocumentLine;
import org.langcov.report.LanguageSummary;
import org.langcov.register.Rejection;
import org.langcov.report.ReportData;
import org.langcov.report.ReportFixtures;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.report.SlotLine;
import org.langcov.report.SlotState;
import org.langcov.report.TimelinessLine;
import org.langcov.timeliness.OnTime;
import org.langcov.timeliness.Verdict;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

/**
 * The workbook as a spreadsheet program shows and prints it: every value whole in its column or wrapped in a row tall
 * enough, the Coverage sheet printed at the table's width, column definitions in order, a file there for a language not
 * expected marked apart, and one way of naming a language.
 */
class ExcelReportRenderingTests {

	/** A detail as long as an UNREADABLE one that quotes a server's answer. */
	static final String LONG_DETAIL = "the server answered 503 Service Unavailable three times: "
			+ "the upstream document repository is being maintained, please try again later; ".repeat(3) + "given up";

	@TempDir
	Path dir;

	@Test
	void everyValueFitsItsColumnOrWrapsInARowTallEnough() throws IOException {
		// given the sample with a long detail, and due dates so that there is a Timeliness sheet
		ReportSource data = timed(withLongDetail(ReportFixtures.sample()));

		// when the workbook is written
		try (XSSFWorkbook workbook = write(data)) {

			// then in every sheet, every value is as wide as its column allows, or wraps within it
			assertThat(workbook.getSheet(TimelinessSheet.NAME)).isNotNull();
			WorkbookRendering.assertEveryValueFits(workbook);
			// and the statuses with the widest names show whole, in a Status column at least 18 digits wide
			assertThat(workbook.getSheet("Files").getColumnWidth(2) / 256).isGreaterThanOrEqualTo(18);
			assertThat(workbook.getSheet("Problems").getColumnWidth(2) / 256).isGreaterThanOrEqualTo(18);
			List<String> statuses = new ArrayList<>();
			workbook.getSheet("Problems").forEach((row) -> statuses.add(row.getCell(2).getStringCellValue()));
			assertThat(statuses).contains("WRONG_DOCUMENT", "WRONG_LANGUAGE");
		}
	}

	@Test
	void aLongDetailWrapsAtItsCapInARowTallForItsLines() throws IOException {
		// given a detail of some 300 characters; when the workbook is written
		try (XSSFWorkbook workbook = write(withLongDetail(ReportFixtures.sample()))) {
			XSSFSheet files = workbook.getSheet("Files");
			Row row = files.getRow(1);
			Cell detail = row.getCell(3);
			// then the Detail column stops at its cap, the detail wraps, and its row is as tall as its lines
			assertThat(detail.getStringCellValue()).isEqualTo(LONG_DETAIL);
			assertThat(files.getColumnWidth(3) / 256).isEqualTo(60);
			assertThat(detail.getCellStyle().getWrapText()).isTrue();
			int lines = ColumnWidths.lines(LONG_DETAIL, 60, false);
			assertThat(lines).isBetween(4, 6);
			assertThat(row.getHeightInPoints()).isEqualTo(lines * SheetWriter.LINE_HEIGHT);
			// and a row with short values keeps the default height
			assertThat(files.getRow(2).getHeightInPoints()).isEqualTo(files.getDefaultRowHeightInPoints());
		}
	}

	@Test
	void aLongTitleGetsARowAsTallAsItsWrappedLines() throws IOException {
		// given the sample, whose CRP has a title of some 600 characters; when the workbook is written
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			XSSFSheet coverage = workbook.getSheet(CoverageSheet.NAME);
			Row crp = coverage.getRow(4);
			// then the title column is at its cap and the row has a line of 15 points for each line of the title
			assertThat(crp.getCell(1).getStringCellValue()).isEqualTo(ReportFixtures.LONG_TITLE);
			assertThat(coverage.getColumnWidth(1) / 256).isEqualTo(CoverageSheet.TITLE_WIDTH);
			int lines = ColumnWidths.lines(ReportFixtures.LONG_TITLE, CoverageSheet.TITLE_WIDTH, false);
			assertThat(lines).isBetween(8, 10);
			assertThat(crp.getHeightInPoints()).isEqualTo(lines * 15f);
			assertThat(crp.getCell(1).getCellStyle().getWrapText()).isTrue();
		}
	}

	@Test
	void theCoverageSheetPrintsTheTableAloneWithItsLegendInTheFooter() throws IOException {
		// given the sample of six documents; when the workbook is written
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			int index = workbook.getSheetIndex(CoverageSheet.NAME);
			XSSFSheet coverage = workbook.getSheetAt(index);
			// then the print area is the table, Symbol to S, header and six rows, without the legend beside it
			assertThat(workbook.getPrintArea(index)).isEqualTo("Coverage!$A$1:$I$7");
			assertThat(CoverageSheet.LEGEND_COLUMN).isGreaterThan(8);
			// one page wide, as many pages long as it takes, the header on each
			assertThat(coverage.getFitToPage()).isTrue();
			assertThat(coverage.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(coverage.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
			assertThat(coverage.getRepeatingRows().formatAsString()).isEqualTo("1:1");
			// and every page says what the marks mean, and which page it is
			for (SlotState state : SlotState.values()) {
				assertThat(coverage.getFooter().getCenter()).contains(state.mark() + "  " + state.meaning());
			}
			assertThat(coverage.getHeader().getRight()).isEqualTo("Page &P of &N");
		}
	}

	@Test
	void columnDefinitionsAreWrittenInOrderWithoutOverlapping() throws IOException {
		// given the sample with due dates, so that every kind of sheet is there
		Path file = this.dir.resolve("CND57-coverage.xlsx");

		// when the workbook is written
		new ExcelReport(ZoneOffset.UTC).write(timed(ReportFixtures.sample()), file);

		// then each sheet's <col> elements come in ascending order and do not overlap, as Excel requires
		assertThat(WorkbookRendering.sheetXml(file)).hasSizeGreaterThanOrEqualTo(7);
		WorkbookRendering.assertColumnsInOrder(file);
	}

	@Test
	void aFileThereForALanguageNotExpectedIsMarkedApartFromAnExpectedOne() throws IOException {
		// given the sample's CRP, expected in English only, whose French file is there too; when the workbook is
		// written
		try (XSSFWorkbook workbook = write(ReportFixtures.sample())) {
			XSSFSheet coverage = workbook.getSheet(CoverageSheet.NAME);
			Row crp = coverage.getRow(4);
			Cell english = crp.getCell(CoverageSheet.FIRST_LANGUAGE_COLUMN + Language.ENGLISH.ordinal());
			Cell french = crp.getCell(CoverageSheet.FIRST_LANGUAGE_COLUMN + Language.FRENCH.ordinal());
			Cell arabic = crp.getCell(CoverageSheet.FIRST_LANGUAGE_COLUMN + Language.ARABIC.ordinal());
			// then the French file has its own mark and colour, apart from the English version and from nothing
			assertThat(english.getStringCellValue()).isEqualTo("pdf");
			assertThat(fill(english)).isEqualTo(rgb(0xC6EFCE));
			assertThat(french.getStringCellValue()).isEqualTo("(pdf)");
			assertThat(fill(french)).isEqualTo(rgb(0xE4DFEC));
			assertThat(arabic.getStringCellValue()).isEqualTo("\u2013");
			// and the legend explains it, in its colour
			Cell legend = coverage.getRow(0).getCell(CoverageSheet.LEGEND_COLUMN + SlotState.EXTRA.ordinal());
			assertThat(legend.getStringCellValue()).isEqualTo("(pdf)  there, not expected");
			assertThat(fill(legend)).isEqualTo(rgb(0xE4DFEC));
		}
	}

	@Test
	void aLanguageIsNamedInFullOneWayAndByItsLetterInLanguageColumns() throws IOException {
		// given the sample with due dates; when the workbook is written
		try (XSSFWorkbook workbook = write(timed(ReportFixtures.sample()))) {
			// then the Summary and the Timeliness summary name it "Arabic (A)"
			XSSFSheet summary = workbook.getSheet(SummarySheet.NAME);
			assertThat(summary.getRow(SummarySheet.TABLE_HEADER_ROW + 1).getCell(0).getStringCellValue())
					.isEqualTo("Arabic (A)");
			XSSFSheet timeliness = workbook.getSheet(TimelinessSheet.NAME);
			assertThat(timeliness.getRow(1).getCell(TimelinessSheet.SUMMARY_COLUMN).getStringCellValue())
					.isEqualTo("Arabic (A)");
			assertThat(timeliness.getRow(6).getCell(TimelinessSheet.SUMMARY_COLUMN).getStringCellValue())
					.isEqualTo("Spanish (S)");
			assertThat(timeliness.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0)
					.getCategoryData().getPointAt(0)).isEqualTo("Arabic (A)");
			// and the lists give the letter alone, under SPEC's headers
			XSSFSheet files = workbook.getSheet("Files");
			assertThat(files.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Language");
			assertThat(files.getRow(1).getCell(1).getStringCellValue()).isEqualTo("A");
			assertThat(timeliness.getRow(1).getCell(1).getStringCellValue()).isEqualTo("A");
		}
	}

	private static byte[] fill(Cell cell) {
		return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getRGB();
	}

	private static byte[] rgb(int rgb) {
		return new byte[]{(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
	}

	/** The data with the first slot's detail long. */
	private static ReportData withLongDetail(ReportData data) {
		List<DocumentLine> documents = new ArrayList<>(data.documents());
		DocumentLine first = documents.get(0);
		Map<Language, SlotLine> slots = new EnumMap<>(first.slots());
		SlotLine arabic = slots.get(Language.ARABIC);
		slots.put(Language.ARABIC, new SlotLine(arabic.symbol(), Language.ARABIC, true, Status.UNREADABLE, LONG_DETAIL,
				arabic.location(), null, null, null, null, null, null));
		documents.set(0, new DocumentLine(first.symbols(), first.title(), first.agendaItem(), slots));
		return ReportData.of(data.run(), documents, data.changes(), data.rejections(), data.notes());
	}

	/** The data with a due date for every expected version, judged on the day the session opens. */
	private static ReportSource timed(ReportData data) {
		LocalDate due = LocalDate.of(2014, 2, 13);
		LocalDate asOf = LocalDate.of(2014, 3, 13);
		List<TimelinessLine> lines = new ArrayList<>();
		for (SlotLine slot : data.slots()) {
			if (slot.expected()) {
				LocalDate since = (slot.status() == Status.AVAILABLE) ? slot.availableSince() : null;
				lines.add(new TimelinessLine(slot.symbol(), slot.language(), due, since, Verdict.of(due, since, asOf)));
			}
		}
		List<OnTime> onTime = new ArrayList<>();
		for (Language language : Language.values()) {
			onTime.add(new OnTime(language, 3, 1, 1, 0));
		}
		onTime.add(new OnTime(null, 18, 6, 6, 0));
		return new ReportSource() {

			@Override
			public RunInfo run() {
				return data.run();
			}

			@Override
			public List<LanguageSummary> summary() {
				return data.summary();
			}

			@Override
			public void documents(Consumer<DocumentLine> action) {
				data.documents(action);
			}

			@Override
			public void slots(Consumer<SlotLine> action) {
				data.slots(action);
			}

			@Override
			public void changes(Consumer<Change> action) {
				data.changes(action);
			}

			@Override
			public void rejections(Consumer<Rejection> action) {
				data.rejections(action);
			}

			@Override
			public Optional<LocalDate> asOf() {
				return Optional.of(asOf);
			}

			@Override
			public void timeliness(Consumer<TimelinessLine> action) {
				lines.forEach(action);
			}

			@Override
			public List<OnTime> onTime() {
				return onTime;
			}

		};
	}

	private XSSFWorkbook write(ReportSource data) throws IOException {
		Path file = this.dir.resolve("CND57-coverage.xlsx");
		new ExcelReport(ZoneOffset.UTC).write(data, file);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

}
