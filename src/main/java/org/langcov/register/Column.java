package org.langcov.register;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.langcov.vocabulary.Language;

/**
 * The register columns langcov reads. Header names match ignoring case, spaces and punctuation, so {@code Due date},
 * {@code DUE-DATE} and {@code due_date} are one column. The six per-language location columns are recognised by
 * {@link #languageOf(String)}; any other column is ignored.
 */
public enum Column {

	SYMBOL("Symbol", "Document symbol"),

	TITLE("Title", "Title or description", "Description"),

	SESSION("Session", "Meeting"),

	AGENDA_ITEM("Agenda item", "Agenda", "Item"),

	DEADLINE("Deadline", "Due", "Due date"),

	LANGUAGES("Languages", "Expected languages");

	private final String displayName;

	private final List<String> keys;

	Column(String displayName, String... synonyms) {
		this.displayName = displayName;
		this.keys = Stream.concat(Stream.of(displayName), Stream.of(synonyms)).map(Column::key).toList();
	}

	/** The name the specification gives the column, for messages. */
	public String displayName() {
		return this.displayName;
	}

	/** The column a header cell names, if it names one. */
	public static Optional<Column> of(String header) {
		String key = key(header);
		for (Column column : values()) {
			if (column.keys.contains(key)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	/**
	 * The language whose location column a header cell names: the letter ({@code E}), the English name
	 * ({@code English}) or the ISO code ({@code EN}).
	 */
	public static Optional<Language> languageOf(String header) {
		String key = key(header);
		if (key.length() == 1) {
			return Language.ofLetter(key.charAt(0));
		}
		if (key.length() == 2) {
			return Language.ofIso(key);
		}
		return key.isEmpty() ? Optional.empty() : Language.ofName(key);
	}

	/** Lower case, letters and digits only: what a header is compared by. */
	static String key(String header) {
		if (header == null) {
			return "";
		}
		StringBuilder key = new StringBuilder(header.length());
		header.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString().toLowerCase(Locale.ROOT);
	}

}
