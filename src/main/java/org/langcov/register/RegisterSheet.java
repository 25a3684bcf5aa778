package org.langcov.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One sheet's rows as a reader meets them, whatever the file format: looks for the header in the first
 * {@value #HEADER_ROWS} rows, ignores the rows above it, skips completely empty rows and hands on the others as
 * {@link RegisterRow}s.
 */
final class RegisterSheet {

	/** The header must be within the first this many rows of the sheet. */
	static final int HEADER_ROWS = 20;

	private final RegisterRows rows;

	private final String name;

	private RegisterHeader header;

	private List<String> widestRow = List.of();

	/**
	 * @param name
	 *            the sheet's name, or {@code null} for a CSV file
	 */
	RegisterSheet(RegisterRows rows, String name) {
		this.rows = rows;
		this.name = name;
	}

	/**
	 * Takes the next row of the sheet.
	 *
	 * @param rowNumber
	 *            the row number a spreadsheet program shows (1-based)
	 * @param cells
	 *            the row's cells by column index (0-based), in column order
	 * @return {@code false} when the header was not found in time: the rest of the sheet need not be read
	 */
	boolean accept(int rowNumber, Map<Integer, String> cells) {
		if (this.header != null) {
			if (!cells.values().stream().allMatch(RegisterHeader::isBlank)) {
				this.rows.row(this.header.row(rowNumber, cells));
			}
			return true;
		}
		if (rowNumber > HEADER_ROWS) {
			return false;
		}
		this.header = RegisterHeader.recognise(cells).orElse(null);
		if (this.header == null) {
			remember(cells);
		} else {
			this.rows.header(this.header.columns());
			this.rows.headerAt(this.name, rowNumber);
		}
		return true;
	}

	boolean hasHeader() {
		return this.header != null;
	}

	/**
	 * The non-blank cells of the fullest row seen while looking for the header: most likely the header a person meant,
	 * to show in the message.
	 */
	List<String> columnsFound() {
		return this.widestRow;
	}

	private void remember(Map<Integer, String> cells) {
		List<String> values = new ArrayList<>();
		for (String value : cells.values()) {
			if (!RegisterHeader.isBlank(value)) {
				values.add(RegisterRow.clean(value));
			}
		}
		if (values.size() > this.widestRow.size()) {
			this.widestRow = values;
		}
	}

}
