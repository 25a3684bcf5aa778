package org.langcov.register;

import java.util.Set;

/**
 * Receives what a {@link RegisterReader} finds: the header once, then each row below it, in order. A lambda receives
 * the rows only.
 */
@FunctionalInterface
public interface RegisterRows {

	/** A row below the header that is not completely empty. */
	void row(RegisterRow row);

	/**
	 * The header row was found; called once, before the first row.
	 *
	 * @param columns
	 *            the known columns it has (always {@link Column#SYMBOL})
	 */
	default void header(Set<Column> columns) {
	}

	/**
	 * Where the header row is; called once, right after {@link #header(Set)}.
	 *
	 * @param sheet
	 *            the sheet's name, or {@code null} for a CSV file, which has none
	 * @param row
	 *            the header's row number, as a spreadsheet program shows it
	 */
	default void headerAt(String sheet, int row) {
	}

}
