package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Splitting CSV text into records, and finding its separator. */
class CsvParserTests {

	@Test
	void quotedFieldsHoldSeparatorsLineBreaksAndDoubledQuotes() throws IOException {
		String text = "Symbol,Title\r\n" + "E/CN.7/2014/2,\"Report, of the \"\"Board\"\"\"\r\n"
				+ "\"E/CN.7/2014/8\r\nE/CN.15/2014/8\",Note\r\n";

		assertThat(records(text, ',')).containsExactly(List.of("Symbol", "Title"),
				List.of("E/CN.7/2014/2", "Report, of the \"Board\""), List.of("E/CN.7/2014/8\nE/CN.15/2014/8", "Note"));
	}

	@Test
	void lineFeedsCarriageReturnsAndAMissingLastLineBreakAllEndRecords() throws IOException {
		assertThat(records("a;b\nc;d\re;f\r\ng;h", ';')).containsExactly(List.of("a", "b"), List.of("c", "d"),
				List.of("e", "f"), List.of("g", "h"));
	}

	@Test
	void emptyFieldsAndEmptyLinesAreKeptSoThatColumnsAndRowsStayInPlace() throws IOException {
		assertThat(records(";b;\n\n;;\n", ';')).containsExactly(List.of("", "b", ""), List.of(""), List.of("", "", ""));
	}

	@Test
	void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
		assertThat(records("E/1/1,The \"Board\" report\n", ','))
				.containsExactly(List.of("E/1/1", "The \"Board\" report"));
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstField() throws IOException {
		assertThat(records("\uFEFFSymbol;Title\n", ';')).containsExactly(List.of("Symbol", "Title"));
	}

	@Test
	void eachRecordKnowsTheLineItStartsOn() throws IOException {
		CsvParser parser = new CsvParser(new StringReader("a\n\"b\nc\"\nd\n"), ',');

		parser.next();
		assertThat(parser.recordLine()).isEqualTo(1);
		parser.next();
		assertThat(parser.recordLine()).isEqualTo(2);
		parser.next();
		assertThat(parser.recordLine()).isEqualTo(4);
	}

	@Test
	void aQuoteThatIsNeverClosedIsReportedWithTheLineItOpensOn() {
		assertThatThrownBy(() -> records("Symbol,Title\nE/1/1,Agenda\nE/1/2,\"Report\nE/1/3,Note\n", ','))
				.isInstanceOf(CsvParser.Problem.class)
				.hasMessage("a quoted field that starts on this line is never closed (a \" is missing)")
				.satisfies((ex) -> assertThat(((CsvParser.Problem) ex).line()).isEqualTo(3));
	}

	@Test
	void semicolonsAreDetectedWhenTitlesAreFullOfCommas() {
		String text = "Symbol;Title;Session\nE/CN.7/2014/1;Agenda, annotations, and timetable;CND57\n";

		assertThat(CsvFormat.detect(text)).isEqualTo(new CsvFormat(';', false));
	}

	@Test
	void commasAreDetectedWhenTitlesAreFullOfSemicolons() {
		String text = "CND57 documents; draft; do not circulate\n\nSymbol,Title\nE/CN.7/2014/1,Agenda; annotations\n";

		assertThat(CsvFormat.detect(text)).isEqualTo(new CsvFormat(',', false));
	}

	@Test
	void theSeparatorIsTheOneThatSplitsTheHeaderEvenInsideQuotes() {
		String text = "\"Symbol\";\"Title, or description\";\"Languages\"\n\"E/1/1\";\"A, B; C\";\"E\"\n";

		assertThat(CsvFormat.detect(text)).isEqualTo(new CsvFormat(';', false));
	}

	@Test
	void withoutAHeaderTheSeparatorThatSplitsMostIsChosenForTheMessage() {
		assertThat(CsvFormat.detect("Doc;Title;Lang\nx;y;z\n").separator()).isEqualTo(';');
		assertThat(CsvFormat.detect("Doc,Title,Lang\n").separator()).isEqualTo(',');
	}

	@Test
	void excelsSeparatorHintIsObeyedAndIsNoRow() {
		assertThat(CsvFormat.detect("sep=;\r\nSymbol,Title;Languages\n")).isEqualTo(new CsvFormat(';', true));
		assertThat(CsvFormat.detect("\uFEFFsep=,\nSymbol;Title\n")).isEqualTo(new CsvFormat(',', true));
	}

	private static List<List<String>> records(String text, char separator) throws IOException {
		CsvParser parser = new CsvParser(new StringReader(text), separator);
		List<List<String>> records = new ArrayList<>();
		for (List<String> record = parser.next(); record != null; record = parser.next()) {
			records.add(record);
		}
		return records;
	}

}
