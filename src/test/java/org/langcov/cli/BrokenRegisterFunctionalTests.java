package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.BrokenRegisters;
import org.langcov.fixtures.Workbooks;

/**
 * Broken registers, through the real command line: each is refused with status 2 and one line naming the register and
 * what is wrong with it, and the session's previous reports stay as they were.
 */
class BrokenRegisterFunctionalTests {

	@TempDir
	static Path home;

	static Refusals refusals;

	@BeforeAll
	static void installation() {
		refusals = new Refusals(home);
	}

	@AfterAll
	static void restore() {
		refusals.close();
	}

	@Test
	void aMissingRegisterIsNamedWithTheJobFileAndKey() throws IOException {
		Path job = refusals.job("none.xlsx");

		assertThat(refusals.refused(job))
				.isEqualTo(job + ": key 'register': file " + refusals.register("none.xlsx") + " not found");
	}

	@Test
	void randomBytesAreNotASpreadsheet() throws IOException {
		Path register = BrokenRegisters.randomBytes(refusals.register("random.xlsx"));

		assertThat(refusals.refused(refusals.job("random.xlsx")))
				.isEqualTo(register + ": not a spreadsheet (.xlsx) file");
	}

	@Test
	void aPdfRenamedXlsxIsNotASpreadsheet() throws IOException {
		Path register = BrokenRegisters.pdf(refusals.register("minutes.xlsx"));

		assertThat(refusals.refused(refusals.job("minutes.xlsx")))
				.isEqualTo(register + ": not a spreadsheet (.xlsx) file: it is a PDF");
	}

	@Test
	void aZipBombDisguisedAsXlsxIsNotRead() throws IOException {
		Path register = BrokenRegisters.zipBomb(refusals.register("bomb.xlsx"));

		assertThat(refusals.refused(refusals.job("bomb.xlsx")))
				.isEqualTo(register + ": the file expands to far more than its size (a zip bomb?), so it was not read");
	}

	@Test
	void aPasswordProtectedWorkbookIsReportedAsSuch() throws IOException {
		Path register = BrokenRegisters.passwordProtectedXlsx(refusals.register("secret.xlsx"));

		assertThat(refusals.refused(refusals.job("secret.xlsx")))
				.isEqualTo(register + ": the workbook is password-protected");
	}

	@Test
	void aVeryOldExcelWorkbookIsTooOldToRead() throws IOException {
		Path register = BrokenRegisters.excel4(refusals.register("old.xls"));

		assertThat(refusals.refused(refusals.job("old.xls"))).isEqualTo(register
				+ ": an Excel 2.x-4.0 workbook, a format too old to read; save it as an Excel Workbook (.xlsx)");
	}

	@Test
	void anEmptyWorkbookHasNoSymbolColumn() throws IOException {
		Path register = BrokenRegisters.emptyWorkbook(refusals.register("empty.xlsx"));

		assertThat(refusals.refused(refusals.job("empty.xlsx")))
				.isEqualTo(register + ": no Symbol column in the first 20 rows (nothing in the first 20 rows)");
	}

	@Test
	void aRegisterWithoutSymbolColumnListsTheColumnsFound() throws IOException {
		Path register = Workbooks.workbook().row(1, "CND57 documents").row(3, "Document", "Title", "Languages")
				.row(4, "E/CN.7/2014/1", "Agenda", "E").write(refusals.register("nosymbol.xlsx"));

		assertThat(refusals.refused(refusals.job("nosymbol.xlsx"))).isEqualTo(
				register + ": no Symbol column in the first 20 rows (columns found: Document, Title, Languages)");
	}

	@Test
	void aRegisterWithAHeaderOnlyIsUnusableEvenForFailUnder() throws IOException {
		Path register = Workbooks.workbook().row(1, "Symbol", "Title", "Languages")
				.write(refusals.register("header.xlsx"));

		assertThat(refusals.refused(refusals.job("header.xlsx"), "--fail-under", "95")).isEqualTo(
				register + ", sheet \"Sheet1\": no document for session BROKEN: nothing under its header (row 1)");
	}

	@Test
	void aSessionColumnThatNamesOnlyOtherSessionsIsUnusableAndNamesThem() throws IOException {
		Path register = Workbooks.workbook().row(1, "Session", "Symbol").row(2, "BROKEN-57", "E/CN.7/2014/1")
				.row(3, "broken-57", "E/CN.7/2014/2").row(4, "BROKEN-58", "E/CN.7/2015/1")
				.write(refusals.register("others.xlsx"));

		assertThat(refusals.refused(refusals.job("others.xlsx"), "--fail-under", "95")).isEqualTo(register
				+ ", sheet \"Sheet1\": no document for session BROKEN: its Session column names only BROKEN-57, BROKEN-58");
	}

	@Test
	void aNotesSheetTakenForTheRegisterIsUnusableAndSaysWhichSheetAndWhy() throws IOException {
		Path register = Workbooks.workbook().sheet("Notes").row(1, "Symbol", "Meaning")
				.row(2, "A C E F R S", "the six languages").row(3, "Title", "the document's title").sheet("Documents")
				.row(1, "Symbol", "Title").row(2, "E/CN.7/2014/1", "Provisional agenda")
				.write(refusals.register("notes.xlsx"));

		assertThat(refusals.refused(refusals.job("notes.xlsx"), "--fail-under", "95")).isEqualTo(
				register + ", sheet \"Notes\": no document for session BROKEN: none of its 2 rows is a document"
						+ " (row 2: \"A C E F R S\" is not a UN document symbol);"
						+ " is this sheet the register? the job's key 'sheet' names the sheet to read");
	}

	@Test
	void aCsvThatIsNotUtf8SaysOnWhichLineAndHowToSaveItAsUtf8() throws IOException {
		Path register = BrokenRegisters.windows1252Csv(refusals.register("latin.csv"));

		assertThat(refusals.refused(refusals.job("latin.csv"))).startsWith(register + ", line 3: not UTF-8 text")
				.contains("CSV UTF-8 (Comma delimited)");
	}

}
