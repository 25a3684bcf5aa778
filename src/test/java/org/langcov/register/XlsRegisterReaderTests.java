package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.BrokenRegisters;
import org.langcov.fixtures.Workbooks;
import org.langcov.fixtures.Workbooks.Formatted;

/** Excel 97-2003 registers follow the same rules as .xlsx ones. */
class XlsRegisterReaderTests {

	@TempDir
	Path dir;

	@Test
	void aNotesSheetInFrontIsSkippedAndRowsAreNumberedAsASpreadsheetShowsThem() throws IOException {
		Path file = Workbooks.xls().sheet("Notes").row(1, "How to fill in this register").row(2, "Title", "Languages")
				.sheet("Register").row(1, "CND57").row(3, "Symbol", "Title", "E").row(4, "E/CN.7/2014/1", "Agenda")
				.row(6, "E/CN.7/2014/2", null, "drafts/report.pdf").write(this.dir.resolve("r.xls"));

		List<RegisterRow> rows = read(file, null);

		assertThat(rows).extracting(RegisterRow::rowNumber).containsExactly(4, 6);
		assertThat(rows.get(0).cells()).containsExactly(Map.entry(Column.SYMBOL, "E/CN.7/2014/1"),
				Map.entry(Column.TITLE, "Agenda"));
		assertThat(rows.get(1).location(org.langcov.vocabulary.Language.ENGLISH)).isEqualTo("drafts/report.pdf");
	}

	@Test
	void aSheetIsChosenByNameIgnoringCase() throws IOException {
		Path file = Workbooks.xls().sheet("2013").row(1, "Symbol").row(2, "E/CN.7/2013/1").sheet("2014")
				.row(1, "Symbol").row(2, "E/CN.7/2014/1").write(this.dir.resolve("r.xls"));

		assertThat(read(file, " 2014")).extracting((row) -> row.text(Column.SYMBOL)).containsExactly("E/CN.7/2014/1");
		assertThatThrownBy(() -> read(file, "2015")).isInstanceOf(RegisterException.class)
				.hasMessage(file + ": no sheet named \"2015\" (sheets: 2013, 2014)");
	}

	@Test
	void cellsAreReadAsExcelShowsThemWithDatesInIsoForm() throws IOException {
		Path file = Workbooks.xls().row(1, "Symbol", "Agenda item", "Deadline", "Title")
				.row(2, "E/CN.7/2014/1", 4, LocalDate.of(2014, 1, 31), new Formatted(0.5, "0%"))
				.write(this.dir.resolve("r.xls"));

		assertThat(read(file, null)).singleElement().satisfies((row) -> {
			assertThat(row.text(Column.AGENDA_ITEM)).isEqualTo("4");
			assertThat(row.text(Column.DEADLINE)).isEqualTo("2014-01-31");
			assertThat(row.text(Column.TITLE)).isEqualTo("50%");
		});
	}

	@Test
	void formulasAreReadAsLastComputed() throws IOException {
		Path file = this.dir.resolve("formulas.xls");
		try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = book.createSheet("Register");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Symbol");
			header.createCell(1).setCellValue("Agenda item");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellFormula("\"E/CN.7/\"&\"2014/1\"");
			row.createCell(1).setCellFormula("2+2");
			book.getCreationHelper().createFormulaEvaluator().evaluateAll();
			book.write(out);
		}

		assertThat(read(file, null)).singleElement().satisfies((row) -> {
			assertThat(row.text(Column.SYMBOL)).isEqualTo("E/CN.7/2014/1");
			assertThat(row.text(Column.AGENDA_ITEM)).isEqualTo("4");
		});
	}

	@Test
	void aSheetWithoutHeaderListsTheColumnsFound() throws IOException {
		Path file = Workbooks.xls().sheet("Docs").row(2, "Doc", "Title", "Lang").row(3, "E/1/1", "x", "E")
				.write(this.dir.resolve("r.xls"));

		assertThatThrownBy(() -> read(file, null)).isInstanceOf(RegisterException.class)
				.hasMessage(file + ": no Symbol column in the first 20 rows (columns found: Doc, Title, Lang)");
	}

	@Test
	void anXlsxUnderAnXlsNameIsReadAsWhatItIs() throws IOException {
		Path file = Workbooks.workbook().row(1, "Symbol").row(2, "E/CN.7/2014/1").write(this.dir.resolve("r.xls"));

		assertThat(read(file, null)).extracting(RegisterRow::rowNumber).containsExactly(2);
	}

	@Test
	void aPasswordProtectedXlsIsReportedAsSuch() {
		Path file = BrokenRegisters.passwordProtectedXls(this.dir.resolve("secret.xls"));

		assertThatThrownBy(() -> read(file, null)).isInstanceOf(RegisterException.class)
				.hasMessage(file + ": the workbook is password-protected");
	}

	@Test
	void excel95AndExcel4WorkbooksAreTooOldToRead() {
		Path excel95 = BrokenRegisters.excel95(this.dir.resolve("old95.xls"));
		Path excel4 = BrokenRegisters.excel4(this.dir.resolve("old4.xls"));

		assertThatThrownBy(() -> read(excel95, null)).isInstanceOf(RegisterException.class).hasMessage(
				excel95 + ": an Excel 5.0/95 workbook, a format too old to read; save it as an Excel Workbook (.xlsx)");
		assertThatThrownBy(() -> read(excel4, null)).isInstanceOf(RegisterException.class).hasMessage(
				excel4 + ": an Excel 2.x-4.0 workbook, a format too old to read; save it as an Excel Workbook (.xlsx)");
	}

	@Test
	void otherFilesUnderAnXlsNameAreNotSpreadsheets() {
		Path random = BrokenRegisters.randomBytes(this.dir.resolve("random.xls"));
		Path pdf = BrokenRegisters.pdf(this.dir.resolve("report.xls"));

		assertThatThrownBy(() -> read(random, null)).hasMessage(random + ": not a spreadsheet (.xls) file");
		assertThatThrownBy(() -> read(pdf, null)).hasMessage(pdf + ": not a spreadsheet (.xls) file: it is a PDF");
	}

	private static List<RegisterRow> read(Path file, String sheet) {
		List<RegisterRow> rows = new ArrayList<>();
		new XlsRegisterReader().read(file, sheet, rows::add);
		return rows;
	}

}
