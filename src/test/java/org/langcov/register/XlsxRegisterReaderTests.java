package org.langcov.register;

import org.langcov.fixtures.Workbooks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.langcov.fixtures.Workbooks.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.Workbooks.Formatted;

class XlsxRegisterReaderTests {

	@TempDir
	Path dir;

	private final XlsxRegisterReader reader = new XlsxRegisterReader();

	@Test
	void rowsAboveTheHeaderAreIgnoredAndRowsAreNumberedAsASpreadsheetShowsThem() throws IOException {
		Path file = workbook().row(1, "Commission on Narcotic Drugs").row(2, "Fifty-seventh session")
				.row(3, "Symbol: see below", "Title").row(4, "Symbol", "Title").row(5, "E/CN.7/2014/1", "Agenda")
				.row(6, "E/CN.7/2014/2", "Report").write(this.dir.resolve("r.xlsx"));

		List<RegisterRow> rows = read(file, null);

		assertThat(rows).extracting(RegisterRow::rowNumber).containsExactly(5, 6);
		assertThat(rows.get(0).cells()).containsExactly(Map.entry(Column.SYMBOL, "E/CN.7/2014/1"),
				Map.entry(Column.TITLE, "Agenda"));
	}

	@Test
	void aHeaderInRowTwentyIsFound() throws IOException {
		Path file = workbook().row(1, "Notes").row(20, "Symbol").row(21, "E/CN.7/2014/1")
				.write(this.dir.resolve("r.xlsx"));

		assertThat(read(file, null)).extracting(RegisterRow::rowNumber).containsExactly(21);
	}

	@Test
	void aHeaderBelowTheFirstTwentyRowsIsNotFound() throws IOException {
		Path file = workbook().row(1, "Notes").row(21, "Symbol").row(22, "E/CN.7/2014/1")
				.write(this.dir.resolve("late.xlsx"));

		assertThatThrownBy(() -> read(file, null)).isInstanceOf(RegisterException.class)
				.hasMessage(file + ": no Symbol column in the first 20 rows (columns found: Notes)");
	}

	@Test
	void columnSynonymsAreRecognisedIgnoringCaseSpacesAndPunctuation() throws IOException {
		Path file = workbook()
				.row(1, "DOCUMENT-SYMBOL", "Title or description", "meeting", "Agenda", "Due date",
						"Expected languages", "ar", "ZH", "English", "F", "Russian", "es", "Remarks")
				.row(2, "E/CN.7/2014/1", "Agenda", "CND57", "1", "2014-01-31", "E", "a.pdf", "c.pdf", "e.pdf", "f.pdf",
						"r.pdf", "s.pdf", "ignored")
				.write(this.dir.resolve("r.xlsx"));

		RegisterRow row = read(file, null).get(0);

		assertThat(row.cells()).containsOnlyKeys(Column.values());
		assertThat(row.text(Column.SESSION)).isEqualTo("CND57");
		assertThat(row.text(Column.DEADLINE)).isEqualTo("2014-01-31");
		assertThat(row.locations()).containsEntry(Language.ARABIC, "a.pdf").containsEntry(Language.CHINESE, "c.pdf")
				.containsEntry(Language.ENGLISH, "e.pdf").containsEntry(Language.FRENCH, "f.pdf")
				.containsEntry(Language.RUSSIAN, "r.pdf").containsEntry(Language.SPANISH, "s.pdf");
		assertThat(row.cells()).doesNotContainValue("ignored");
	}

	@Test
	void languageColumnsKeepTheirValuesAsWritten() throws IOException {
		Path file = workbook().row(1, "Symbol", "A", "C", "E", "F", "R", "S")
				.row(2, "E/CN.7/2014/1", "-", "N/A", "docs/e.pdf", null, " n/a ", "x")
				.write(this.dir.resolve("r.xlsx"));

		RegisterRow row = read(file, null).get(0);

		assertThat(row.locations()).containsExactly(Map.entry(Language.ARABIC, "-"), Map.entry(Language.CHINESE, "N/A"),
				Map.entry(Language.ENGLISH, "docs/e.pdf"), Map.entry(Language.RUSSIAN, " n/a "),
				Map.entry(Language.SPANISH, "x"));
		assertThat(row.location(Language.RUSSIAN)).isEqualTo("n/a");
		assertThat(row.location(Language.FRENCH)).isEmpty();
	}

	@Test
	void completelyEmptyRowsAreSkippedAndLaterRowsKeepTheirNumbers() throws IOException {
		Path file = workbook().row(2, "Symbol", "Title").row(3, "E/CN.7/2014/1").row(4, "", " ").row(5, "\u00A0", null)
				.row(9, "E/CN.7/2014/2", "Report").write(this.dir.resolve("r.xlsx"));

		assertThat(read(file, null)).extracting(RegisterRow::rowNumber).containsExactly(3, 9);
	}

	@Test
	void aRowWithOnlyAnIgnoredColumnIsNotEmpty() throws IOException {
		Path file = workbook().row(1, "Symbol", "Remarks").row(2, null, "to be issued")
				.write(this.dir.resolve("r.xlsx"));

		assertThat(read(file, null)).singleElement().satisfies(row -> {
			assertThat(row.rowNumber()).isEqualTo(2);
			assertThat(row.cells()).isEmpty();
		});
	}

	@Test
	void numericCellsAreReadAsDisplayed() throws IOException {
		Path file = workbook().row(1, "Symbol", "Agenda item", "Title", "Session")
				.row(2, "E/CN.7/2014/1", 4, new Formatted(1234.5, "#,##0.00"), new Formatted(57, "\"CND\"0"))
				.write(this.dir.resolve("r.xlsx"));

		RegisterRow row = read(file, null).get(0);

		assertThat(row.text(Column.AGENDA_ITEM)).isEqualTo("4");
		assertThat(row.text(Column.TITLE)).isEqualTo("1,234.50");
		assertThat(row.text(Column.SESSION)).isEqualTo("CND57");
	}

	@Test
	void datesAreReadInIsoFormWhateverTheirDisplayFormat() throws IOException {
		Path file = workbook().row(1, "Symbol", "Deadline", "Title")
				.row(2, "E/CN.7/2014/1", LocalDate.of(2014, 1, 31), new Formatted(41670.5, "dd mmm yyyy hh:mm"))
				.write(this.dir.resolve("r.xlsx"));

		RegisterRow row = read(file, null).get(0);

		assertThat(row.text(Column.DEADLINE)).isEqualTo("2014-01-31");
		assertThat(row.text(Column.TITLE)).isEqualTo("2014-01-31 12:00");
	}

	@Test
	void theLeftmostOfTwoColumnsWithTheSameNameCounts() throws IOException {
		Path file = workbook().row(1, "Symbol", "Title", "Description").row(2, "E/CN.7/2014/1", "first", "second")
				.write(this.dir.resolve("r.xlsx"));

		assertThat(read(file, null).get(0).text(Column.TITLE)).isEqualTo("first");
	}

	@Test
	void aFailureOfTheRowConsumerIsPassedOnUnchanged() throws IOException {
		Path file = workbook().row(1, "Symbol").row(2, "E/CN.7/2014/1").write(this.dir.resolve("r.xlsx"));
		IllegalStateException failure = new IllegalStateException("disk full");

		assertThatThrownBy(() -> this.reader.read(file, null, row -> {
			throw failure;
		})).isSameAs(failure);
	}

	@Test
	void aLargeRegisterIsReadRowByRow() throws IOException {
		Workbooks book = workbook().row(1, "Symbol", "Title");
		for (int i = 1; i <= 5000; i++) {
			book.row(i + 1, "E/CN.7/2014/" + i, "Document " + i);
		}
		Path file = book.write(this.dir.resolve("big.xlsx"));

		List<RegisterRow> rows = read(file, null);

		assertThat(rows).hasSize(5000);
		assertThat(rows.get(4999).rowNumber()).isEqualTo(5001);
		assertThat(rows.get(4999).text(Column.SYMBOL)).isEqualTo("E/CN.7/2014/5000");
	}

	private List<RegisterRow> read(Path file, String sheet) {
		List<RegisterRow> rows = new ArrayList<>();
		this.reader.read(file, sheet, rows::add);
		return rows;
	}

}
