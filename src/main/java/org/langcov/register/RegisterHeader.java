package org.langcov.register;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.langcov.vocabulary.Language;

/**
 * A register's header row: which spreadsheet column holds which known column. Shared by every {@link RegisterReader},
 * whatever the file format.
 */
final class RegisterHeader {

	private final Map<Integer, Column> columns;

	private final Map<Integer, Language> languages;

	private RegisterHeader(Map<Integer, Column> columns, Map<Integer, Language> languages) {
		this.columns = columns;
		this.languages = languages;
	}

	/**
	 * The header these cells make, if they have a Symbol column. When a name appears twice, the leftmost column counts:
	 * it is the one a person reading the sheet sees first.
	 *
	 * @param cells
	 *            the row's non-blank cells by column index (0-based)
	 */
	static Optional<RegisterHeader> recognise(Map<Integer, String> cells) {
		Map<Integer, Column> columns = new LinkedHashMap<>();
		Map<Integer, Language> languages = new LinkedHashMap<>();
		for (Map.Entry<Integer, String> cell : cells.entrySet()) {
			Optional<Column> column = Column.of(cell.getValue());
			if (column.isPresent()) {
				if (!columns.containsValue(column.get())) {
					columns.put(cell.getKey(), column.get());
				}
			} else {
				Column.languageOf(cell.getValue()).filter(language -> !languages.containsValue(language))
						.ifPresent(language -> languages.put(cell.getKey(), language));
			}
		}
		if (!columns.containsValue(Column.SYMBOL)) {
			return Optional.empty();
		}
		return Optional.of(new RegisterHeader(columns, languages));
	}

	/** The known columns the header has. */
	Set<Column> columns() {
		return EnumSet.copyOf(this.columns.values());
	}

	/** The row's values under the known columns; blank cells are left out. */
	RegisterRow row(int rowNumber, Map<Integer, String> cells) {
		Map<Column, String> values = new EnumMap<>(Column.class);
		Map<Language, String> locations = new EnumMap<>(Language.class);
		for (Map.Entry<Integer, String> cell : cells.entrySet()) {
			if (isBlank(cell.getValue())) {
				continue;
			}
			Column column = this.columns.get(cell.getKey());
			if (column != null) {
				values.put(column, cell.getValue());
			}
			Language language = this.languages.get(cell.getKey());
			if (language != null) {
				locations.put(language, cell.getValue());
			}
		}
		return new RegisterRow(rowNumber, values, locations);
	}

	static boolean isBlank(String value) {
		return RegisterRow.clean(value).isEmpty();
	}

}
