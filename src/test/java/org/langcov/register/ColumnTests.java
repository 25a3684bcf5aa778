package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Language;

class ColumnTests {

	@Test
	void columnsAreKnownByTheirNamesAndSynonyms() {
		assertThat(Column.of("Symbol")).contains(Column.SYMBOL);
		assertThat(Column.of("Document symbol")).contains(Column.SYMBOL);
		assertThat(Column.of("Title")).contains(Column.TITLE);
		assertThat(Column.of("Title or description")).contains(Column.TITLE);
		assertThat(Column.of("Description")).contains(Column.TITLE);
		assertThat(Column.of("Session")).contains(Column.SESSION);
		assertThat(Column.of("Meeting")).contains(Column.SESSION);
		assertThat(Column.of("Agenda item")).contains(Column.AGENDA_ITEM);
		assertThat(Column.of("Agenda")).contains(Column.AGENDA_ITEM);
		assertThat(Column.of("Item")).contains(Column.AGENDA_ITEM);
		assertThat(Column.of("Deadline")).contains(Column.DEADLINE);
		assertThat(Column.of("Due")).contains(Column.DEADLINE);
		assertThat(Column.of("Due date")).contains(Column.DEADLINE);
		assertThat(Column.of("Languages")).contains(Column.LANGUAGES);
		assertThat(Column.of("Expected languages")).contains(Column.LANGUAGES);
	}

	@Test
	void namesMatchIgnoringCaseSpacesAndPunctuation() {
		assertThat(Column.of(" DOCUMENT_SYMBOL ")).contains(Column.SYMBOL);
		assertThat(Column.of("Agenda-item:")).contains(Column.AGENDA_ITEM);
		assertThat(Column.of("due\u00A0date")).contains(Column.DEADLINE);
		assertThat(Column.of("Title (or description)")).contains(Column.TITLE);
	}

	@Test
	void otherColumnsAreNotKnown() {
		assertThat(Column.of("Remarks")).isEmpty();
		assertThat(Column.of("Symbol of the document")).isEmpty();
		assertThat(Column.of("")).isEmpty();
		assertThat(Column.of(null)).isEmpty();
		assertThat(Column.of("E")).isEmpty();
	}

	@Test
	void languageColumnsAreKnownByLetterNameOrIsoCode() {
		assertThat(Column.languageOf("A")).contains(Language.ARABIC);
		assertThat(Column.languageOf("c")).contains(Language.CHINESE);
		assertThat(Column.languageOf("English")).contains(Language.ENGLISH);
		assertThat(Column.languageOf("FRENCH")).contains(Language.FRENCH);
		assertThat(Column.languageOf("RU")).contains(Language.RUSSIAN);
		assertThat(Column.languageOf("es")).contains(Language.SPANISH);
		assertThat(Column.languageOf("ZH")).contains(Language.CHINESE);
		assertThat(Column.languageOf("(E)")).contains(Language.ENGLISH);
	}

	@Test
	void otherHeadersAreNoLanguageColumns() {
		assertThat(Column.languageOf("B")).isEmpty();
		assertThat(Column.languageOf("DE")).isEmpty();
		assertThat(Column.languageOf("German")).isEmpty();
		assertThat(Column.languageOf("Symbol")).isEmpty();
		assertThat(Column.languageOf("")).isEmpty();
	}

}
