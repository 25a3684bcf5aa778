package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.langcov.vocabulary.Language.ARABIC;
import static org.langcov.vocabulary.Language.CHINESE;
import static org.langcov.vocabulary.Language.ENGLISH;
import static org.langcov.vocabulary.Language.FRENCH;
import static org.langcov.vocabulary.Language.RUSSIAN;
import static org.langcov.vocabulary.Language.SPANISH;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Language;

class RegisterInterpreterTests {

	private final RegisterInterpreter interpreter = new RegisterInterpreter(EnumSet.allOf(Language.class),
			List.of(new ExpectRule("*/CRP.*", EnumSet.of(ENGLISH)), new ExpectRule("*/NGO/*", EnumSet.of(ENGLISH)),
					new ExpectRule("*/CRP.1", EnumSet.of(FRENCH))));

	@Test
	void aRowBecomesADocumentWithItsSymbolsAndText() {
		RegisterRow row = row(7,
				Map.of(Column.SYMBOL, "E/CN.7/2014/2 - E/CN.15/2014/2", Column.TITLE,
						" Report of the Executive Director\u00A0", Column.AGENDA_ITEM, "4", Column.SESSION, "CND57",
						Column.DEADLINE, "2014-01-31"));

		Document document = document(this.interpreter.interpret(row));

		assertThat(document.row()).isEqualTo(7);
		assertThat(document.symbols()).containsExactly("E/CN.7/2014/2", "E/CN.15/2014/2");
		assertThat(document.primarySymbol()).isEqualTo("E/CN.7/2014/2");
		assertThat(document.title()).isEqualTo("Report of the Executive Director");
		assertThat(document.agendaItem()).isEqualTo("4");
		assertThat(document.session()).isEqualTo("CND57");
		assertThat(document.deadline()).isEqualTo("2014-01-31");
		assertThat(document.locations()).isEmpty();
	}

	@Test
	void blankTextColumnsAreEmpty() {
		Document document = document(this.interpreter.interpret(symbolRow(2, "E/CN.7/2014/1")));

		assertThat(document.title()).isEmpty();
		assertThat(document.agendaItem()).isEmpty();
		assertThat(document.session()).isEmpty();
		assertThat(document.deadline()).isEmpty();
	}

	@Test
	void withoutRuleOrLanguagesCellTheJobDefaultIsExpected() {
		RegisterInterpreter englishFrench = new RegisterInterpreter(EnumSet.of(ENGLISH, FRENCH), List.of());

		assertThat(document(englishFrench.interpret(symbolRow(2, "E/CN.7/2014/1"))).expected()).containsExactly(ENGLISH,
				FRENCH);
	}

	@Test
	void theFirstRuleMatchingThePrimarySymbolDecides() {
		assertThat(document(this.interpreter.interpret(symbolRow(2, "E/CN.7/2014/CRP.1"))).expected())
				.containsExactly(ENGLISH);
		assertThat(document(this.interpreter.interpret(symbolRow(3, "E/CN.7/2014/NGO/3"))).expected())
				.containsExactly(ENGLISH);
		assertThat(document(this.interpreter.interpret(symbolRow(4, "E/CN.7/2014/1 - E/CN.7/2014/CRP.2"))).expected())
				.isEqualTo(EnumSet.allOf(Language.class));
	}

	@Test
	void theLanguagesCellOverridesTheRules() {
		RegisterRow row = row(2, Map.of(Column.SYMBOL, "E/CN.7/2014/CRP.1", Column.LANGUAGES, "E/F/S"));

		assertThat(document(this.interpreter.interpret(row)).expected()).containsExactly(ENGLISH, FRENCH, SPANISH);
	}

	@Test
	void aDashOrNaInALanguageColumnMeansNotExpected() {
		Map<Language, String> locations = new EnumMap<>(Language.class);
		locations.put(ARABIC, "-");
		locations.put(CHINESE, " N/A ");
		locations.put(RUSSIAN, "\u2013");
		RegisterRow row = new RegisterRow(2, Map.of(Column.SYMBOL, "E/CN.7/2014/1"), locations);

		Document document = document(this.interpreter.interpret(row));

		assertThat(document.expected()).containsExactly(ENGLISH, FRENCH, SPANISH);
		assertThat(document.locations()).isEmpty();
	}

	@Test
	void otherValuesInALanguageColumnAreExplicitLocations() {
		Map<Language, String> locations = new EnumMap<>(Language.class);
		locations.put(ENGLISH, " cnd57/E_CN.7_2014_1-EN.pdf ");
		locations.put(FRENCH, "../elsewhere/f.pdf");
		RegisterRow row = new RegisterRow(2, Map.of(Column.SYMBOL, "E/CN.7/2014/CRP.3"), locations);

		Document document = document(this.interpreter.interpret(row));

		assertThat(document.expected()).containsExactly(ENGLISH);
		assertThat(document.locations()).containsExactly(Map.entry(ENGLISH, "cnd57/E_CN.7_2014_1-EN.pdf"),
				Map.entry(FRENCH, "../elsewhere/f.pdf"));
	}

	@Test
	void aRowWithoutSymbolIsRejected() {
		RegisterRow row = row(12, Map.of(Column.TITLE, "Annotated provisional agenda", Column.SYMBOL, " \u00A0"));

		assertThat(this.interpreter.interpret(row)).isEqualTo(new Rejection(12, "", "no symbol"));
	}

	@Test
	void aSymbolThatIsNotAUnDocumentSymbolIsRejectedByName() {
		assertThat(this.interpreter.interpret(symbolRow(5, "Annotated provisional agenda"))).isEqualTo(new Rejection(5,
				"Annotated provisional agenda", "\"Annotated provisional agenda\" is not a UN document symbol"));
		assertThat(this.interpreter.interpret(symbolRow(6, "E/CN.7/2014/2 - E/CN.15/2014/2 (draft)")))
				.isEqualTo(new Rejection(6, "E/CN.7/2014/2 - E/CN.15/2014/2 (draft)",
						"\"E/CN.15/2014/2 (draft)\" is not a UN document symbol"));
	}

	@Test
	void aSymbolCellWithOnlySeparatorsIsRejectedQuotingIt() {
		assertThat(this.interpreter.interpret(symbolRow(5, "-")))
				.isEqualTo(new Rejection(5, "-", "\"-\" is not a UN document symbol"));
	}

	@Test
	void aPrimarySymbolListedInAnEarlierRowIsRejectedNamingThatRow() {
		this.interpreter.interpret(symbolRow(3, "E/CN.7/2014/1"));

		assertThat(this.interpreter.interpret(symbolRow(9, "E/CN.7/2014/1")))
				.isEqualTo(new Rejection(9, "E/CN.7/2014/1", "E/CN.7/2014/1 is already listed in row 3"));
	}

	@Test
	void aSymbolDiffersOnlyInCaseFromAnEarlierOneIsADuplicate() {
		this.interpreter.interpret(symbolRow(3, "E/CN.7/2014/CRP.1"));

		assertThat(this.interpreter.interpret(symbolRow(4, "E/CN.7/2014/crp.1"))).isInstanceOf(Rejection.class);
	}

	@Test
	void aSymbolTypedInAnyCaseIsTakenInTheUnsCanonicalCase() {
		Document document = document(
				this.interpreter.interpret(symbolRow(2, "e/c.21/2025/6 - a/c.3/70/l.1/rev.1/CORR.2")));

		assertThat(document.symbols()).containsExactly("E/C.21/2025/6", "A/C.3/70/L.1/Rev.1/Corr.2");
		assertThat(document.notes()).isEmpty();
	}

	@Test
	void aRuleMatchesASymbolTypedInAnyCase() {
		assertThat(document(this.interpreter.interpret(symbolRow(2, "e/cn.7/2014/crp.3"))).expected())
				.containsExactly(ENGLISH);
	}

	@Test
	void aTrailingFootnoteMarkIsDroppedWithANoteNamingTheRowAndTheSymbolAsWritten() {
		Document document = document(this.interpreter.interpret(symbolRow(5, "E/C.21/2025/2* - E/C.22/2025/2 \u2020")));

		assertThat(document.symbols()).containsExactly("E/C.21/2025/2", "E/C.22/2025/2");
		assertThat(document.notes()).containsExactly(
				new RegisterNote(5, "E/C.21/2025/2* - E/C.22/2025/2 \u2020",
						"footnote mark \"*\" dropped: taken as E/C.21/2025/2"),
				new RegisterNote(5, "E/C.21/2025/2* - E/C.22/2025/2 \u2020",
						"footnote mark \"\u2020\" dropped: taken as E/C.22/2025/2"));
	}

	@Test
	void aFootnoteMarkAloneIsNoSymbol() {
		assertThat(this.interpreter.interpret(symbolRow(5, "*")))
				.isEqualTo(new Rejection(5, "*", "\"*\" is not a UN document symbol"));
	}

	@Test
	void aSymbolListedAsAnEarlierRowsJointSymbolIsADuplicate() {
		this.interpreter.interpret(symbolRow(4, "E/CN.7/2014/2 - E/CN.15/2014/2"));

		assertThat(this.interpreter.interpret(symbolRow(8, "E/CN.15/2014/2"))).isEqualTo(new Rejection(8,
				"E/CN.15/2014/2", "E/CN.15/2014/2 is already listed in row 4 (as a joint symbol of E/CN.7/2014/2)"));
	}

	@Test
	void aRejectedRowDoesNotHoldItsSymbol() {
		this.interpreter.interpret(row(2, Map.of(Column.SYMBOL, "E/CN.7/2014/1", Column.LANGUAGES, "German")));

		assertThat(this.interpreter.interpret(symbolRow(3, "E/CN.7/2014/1"))).isInstanceOf(Document.class);
	}

	@Test
	void aSymbolWrittenTwiceInOneCellNamesTheDocumentOnce() {
		assertThat(document(this.interpreter.interpret(symbolRow(2, "E/CN.7/2014/1; E/CN.7/2014/1"))).symbols())
				.containsExactly("E/CN.7/2014/1");
	}

	@Test
	void aLanguagesCellThatCannotBeUnderstoodIsRejectedQuotingIt() {
		RegisterRow row = row(14, Map.of(Column.SYMBOL, "E/CN.7/2014/1", Column.LANGUAGES, "English, German"));

		Rejection rejection = (Rejection) this.interpreter.interpret(row);

		assertThat(rejection.row()).isEqualTo(14);
		assertThat(rejection.symbol()).isEqualTo("E/CN.7/2014/1");
		assertThat(rejection.reason()).startsWith("Languages \"English, German\" not understood");
	}

	private static RegisterRow symbolRow(int number, String symbol) {
		return row(number, Map.of(Column.SYMBOL, symbol));
	}

	@Test
	void aSessionThatIsNoSafeIdIsRejectedNeverUsedInAFileName() {
		RegisterRow row = row(4, Map.of(Column.SYMBOL, "E/CN.7/2014/1", Column.SESSION, "../../etc/CND57"));

		assertThat(this.interpreter.interpret(row)).isEqualTo(new Rejection(4, "E/CN.7/2014/1",
				"Session \"../../etc/CND57\" is not a session id: use letters, digits, '.', '_' and '-' (at most 64),"
						+ " as in CND57"));
	}

	private static RegisterRow row(int number, Map<Column, String> cells) {
		return new RegisterRow(number, cells, Map.of());
	}

	private static Document document(RegisterEntry entry) {
		assertThat(entry).isInstanceOf(Document.class);
		return (Document) entry;
	}

}
