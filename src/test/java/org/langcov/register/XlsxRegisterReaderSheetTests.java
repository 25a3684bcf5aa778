package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.langcov.fixtures.Workbooks.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sheet of a workbook is the register. */
class XlsxRegisterReaderSheetTests {

	@TempDir
	Path dir;

	@Test
	void aSheetIsChosenByName() throws IOException {
		Path file = workbook().sheet("2013").row(1, "Symbol").row(2, "E/CN.7/2013/1").sheet("2014").row(1, "Symbol")
				.row(2, "E/CN.7/2014/1").write(this.dir.resolve("r.xlsx"));

		assertThat(read(file, "2014")).extracting(row -> row.text(Column.SYMBOL)).containsExactly("E/CN.7/2014/1");
		assertThat(read(file, " 2014 ")).hasSize(1);
	}

	@Test
	void withoutASheetNameANotesSheetInFrontIsSkipped() throws IOException {
		Path file = workbook().sheet("Notes").row(1, "How to fill in this register").row(2, "Title", "Languages")
				.sheet("Register").row(3, "Symbol").row(4, "E/CN.7/2014/1").write(this.dir.resolve("r.xlsx"));

		assertThat(read(file, null)).extracting(RegisterRow::rowNumber).containsExactly(4);
	}

	@Test
	void aMissingSheetIsReportedWithTheSheetsThereAre() throws IOException {
		Path file = workbook().sheet("Notes").row(1, "x").sheet("Register").row(1, "Symbol")
				.write(this.dir.resolve("r.xlsx"));

		assertThatThrownBy(() -> read(file, "Docs")).isInstanceOf(RegisterException.class)
				.hasMessage(file + ": no sheet named \"Docs\" (sheets: Notes, Register)");
	}

	@Test
	void aNamedSheetWithoutHeaderIsNamedInTheMessage() throws IOException {
		Path file = workbook().sheet("Notes").row(1, "Title", "Lang").sheet("Register").row(1, "Symbol")
				.write(this.dir.resolve("r.xlsx"));

		assertThatThrownBy(() -> read(file, "Notes")).isInstanceOf(RegisterException.class).hasMessage(
				file + ", sheet \"Notes\": no Symbol column in the first 20 rows (columns found: Title, Lang)");
	}

	@Test
	void noSheetWithAHeaderIsReportedWithTheBestGuess() throws IOException {
		Path file = workbook().sheet("Notes").row(1, "Read me").sheet("Docs").row(2, "Doc", "Title", "Lang")
				.write(this.dir.resolve("r.xlsx"));

		assertThatThrownBy(() -> read(file, null)).isInstanceOf(RegisterException.class).hasMessage(file
				+ ": no sheet has a Symbol column in its first 20 rows (columns found: Doc, Title, Lang on sheet \"Docs\")");
	}

	private List<RegisterRow> read(Path file, String sheet) {
		List<RegisterRow> rows = new ArrayList<>();
		new XlsxRegisterReader().read(file, sheet, rows::add);
		return rows;
	}

}
