package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.Workbooks;

class CsvRegisterReaderTests {

	private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

	@TempDir
	Path dir;

	@Test
	void aSemicolonCsvWithAByteOrderMarkIsReadLikeAWorkbook() throws IOException {
		Path file = write("r.csv", BOM,
				"CND57 documents;;\r\n\r\nDocument symbol;Title;E;Meeting\r\n"
						+ "E/CN.7/2014/1;Annotated provisional agenda;E_CN.7_2014_1.pdf;CND57\r\n"
						+ "\"E/CN.7/2014/8\r\nE/CN.15/2014/8\";\"Note; by the Secretariat\";;\r\n"
						+ "E/CN.7/2014/9;Réunion des chefs;;\r\n");

		List<RegisterRow> rows = read(file);

		assertThat(rows).extracting(RegisterRow::rowNumber).containsExactly(4, 5, 6);
		assertThat(rows.get(0).cells()).containsExactly(Map.entry(Column.SYMBOL, "E/CN.7/2014/1"),
				Map.entry(Column.TITLE, "Annotated provisional agenda"), Map.entry(Column.SESSION, "CND57"));
		assertThat(rows.get(0).locations()).containsExactly(Map.entry(Language.ENGLISH, "E_CN.7_2014_1.pdf"));
		assertThat(rows.get(1).text(Column.SYMBOL)).isEqualTo("E/CN.7/2014/8\nE/CN.15/2014/8");
		assertThat(rows.get(1).text(Column.TITLE)).isEqualTo("Note; by the Secretariat");
		assertThat(rows.get(2).text(Column.TITLE)).isEqualTo("Réunion des chefs");
	}

	@Test
	void aCommaCsvWithoutByteOrderMarkAndWithLineFeedsIsRead() throws IOException {
		Path file = write("r.csv", new byte[0], "Symbol,Title\nE/CN.7/2014/1,\"Agenda, annotated\"\n");

		assertThat(read(file)).singleElement()
				.satisfies((row) -> assertThat(row.text(Column.TITLE)).isEqualTo("Agenda, annotated"));
	}

	@Test
	void textInAnotherEncodingIsRefusedWithItsLineAndHowToSaveItAsUtf8() throws IOException {
		Path file = this.dir.resolve("latin.csv");
		Files.write(file, "Symbol;Title\nE/CN.7/2014/1;Agenda\nE/CN.7/2014/2;Réunion\n"
				.getBytes(Charset.forName("windows-1252")));

		assertThatThrownBy(() -> read(file)).isInstanceOf(RegisterException.class)
				.hasMessageStartingWith(file + ", line 3: not UTF-8 text (it was saved in another encoding);"
						+ " save it as UTF-8: in Excel, Save As \"CSV UTF-8 (Comma delimited) (*.csv)\"");
	}

	@Test
	void utf16TextIsRefusedWithHowToSaveItAsUtf8() throws IOException {
		Path file = this.dir.resolve("unicode.csv");
		Files.write(file, "\uFEFFSymbol,Title\n".getBytes(StandardCharsets.UTF_16LE));

		assertThatThrownBy(() -> read(file)).isInstanceOf(RegisterException.class)
				.hasMessageStartingWith(file + ": UTF-16 text, not UTF-8; save it as UTF-8");
	}

	@Test
	void aQuoteNeverClosedIsRefusedWithItsLine() throws IOException {
		Path file = write("r.csv", new byte[0], "Symbol,Title\nE/1/1,\"Agenda\nE/1/2,Report\n");

		assertThatThrownBy(() -> read(file)).isInstanceOf(RegisterException.class).hasMessage(
				file + ", line 2: a quoted field that starts on this line is never closed (a \" is missing)");
	}

	@Test
	void aCsvWithoutSymbolColumnListsTheColumnsFound() throws IOException {
		Path file = write("r.csv", BOM, "Doc;Title;Lang\nE/1/1;Agenda;E\n");

		assertThatThrownBy(() -> read(file)).isInstanceOf(RegisterException.class)
				.hasMessage(file + ": no Symbol column in the first 20 rows (columns found: Doc, Title, Lang)");
	}

	@Test
	void binaryDataIsNotACsvFile() throws IOException {
		Path file = Files.write(this.dir.resolve("r.csv"), new byte[]{'S', 0, 1, 2, 3});

		assertThatThrownBy(() -> read(file)).isInstanceOf(RegisterException.class)
				.hasMessage(file + ": not a CSV text file (it holds binary data)");
	}

	@Test
	void aWorkbookSavedUnderACsvNameIsReadAsWhatItIs() throws IOException {
		Path file = Workbooks.workbook().row(1, "Symbol").row(2, "E/CN.7/2014/1").write(this.dir.resolve("r.csv"));

		assertThat(read(file)).extracting(RegisterRow::rowNumber).containsExactly(2);
	}

	private Path write(String name, byte[] prefix, String text) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, bytes, 0, prefix.length);
		System.arraycopy(body, 0, bytes, prefix.length, body.length);
		return Files.write(this.dir.resolve(name), bytes);
	}

	private static List<RegisterRow> read(Path file) {
		List<RegisterRow> rows = new ArrayList<>();
		new CsvRegisterReader().read(file, null, rows::add);
		return rows;
	}

}
