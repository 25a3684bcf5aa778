package org.langcov.register;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.langcov.vocabulary.Language;

/**
 * A register row taken for checking: one document, under one or more symbols. Text fields are trimmed, and {@code ""}
 * when the register leaves them blank.
 *
 * @param row
 *            the row number a spreadsheet program shows (1-based)
 * @param symbols
 *            its normalised symbols in the UN's canonical case, the primary first; never empty
 * @param title
 *            its title
 * @param agendaItem
 *            its agenda item, as written
 * @param session
 *            the session it belongs to, as written
 * @param deadline
 *            its own due date in ISO form ({@code 2014-03-13}), or {@code ""}
 * @param expected
 *            the languages it is expected in
 * @param locations
 *            locations given in the register's language columns, as written; whether they lie inside the store is
 *            checked by the store
 * @param notes
 *            how its row was read where it was not taken as written, such as a footnote mark dropped from a symbol
 */
public record Document(int row, List<String> symbols, String title, String agendaItem, String session, String deadline,
		Set<Language> expected, Map<Language, String> locations, List<RegisterNote> notes) implements RegisterEntry {

	public Document {
		if (symbols.isEmpty()) {
			throw new IllegalArgumentException("a document has at least one symbol");
		}
		symbols = List.copyOf(symbols);
		notes = List.copyOf(notes);
		EnumSet<Language> languages = EnumSet.noneOf(Language.class);
		languages.addAll(expected);
		expected = Collections.unmodifiableSet(languages);
		EnumMap<Language, String> explicit = new EnumMap<>(Language.class);
		explicit.putAll(locations);
		locations = Collections.unmodifiableMap(explicit);
	}

	/** Its own due date, when the register gives one. */
	public Optional<LocalDate> deadlineDate() {
		return this.deadline.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(this.deadline));
	}

	/** The symbol its files are named by. */
	public String primarySymbol() {
		return this.symbols.get(0);
	}

}
