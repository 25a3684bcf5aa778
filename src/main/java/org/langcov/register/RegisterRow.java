package org.langcov.register;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.langcov.vocabulary.Language;

/**
 * One row of a register below its header, as read from the spreadsheet: only the columns langcov knows, and only the
 * cells that are not blank, each as the spreadsheet program displays it.
 *
 * @param rowNumber
 *            the row number a spreadsheet program shows (1-based)
 * @param cells
 *            the known columns' values, as written
 * @param locations
 *            the per-language location columns' values, as written
 */
public record RegisterRow(int rowNumber, Map<Column, String> cells, Map<Language, String> locations) {

	/** The spaces that do not break, which a register's cells hold now and then: read as spaces. */
	static final Pattern NO_BREAK_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F]");

	public RegisterRow {
		cells = Collections.unmodifiableMap(copy(Column.class, cells));
		locations = Collections.unmodifiableMap(copy(Language.class, locations));
	}

	/**
	 * The column's value with surrounding white space (non-breaking spaces included) removed, or {@code ""} when the
	 * cell is blank or the column absent.
	 */
	public String text(Column column) {
		return clean(this.cells.get(column));
	}

	/** The language's location cell, cleaned as {@link #text(Column)} does. */
	public String location(Language language) {
		return clean(this.locations.get(language));
	}

	static String clean(String value) {
		return (value != null) ? NO_BREAK_SPACES.matcher(value).replaceAll(" ").strip() : "";
	}

	// EnumMap's copy constructor refuses an empty map that is not an EnumMap
	private static <K extends Enum<K>> EnumMap<K, String> copy(Class<K> type, Map<K, String> values) {
		EnumMap<K, String> copy = new EnumMap<>(type);
		if (values != null) {
			copy.putAll(values);
		}
		return copy;
	}

}
