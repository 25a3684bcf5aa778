package org.langcov.report;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths computed from the length of what the columns hold.
 * {@code autoSizeColumn} would measure with fonts, which a headless server may
 * not have, and on a streamed sheet it needs every row kept for measuring.
 */
final class ColumnWidths {

	/** Excel's limit is 255 characters; far narrower is readable. */
	private static final int DEFAULT_CAP = 50;

	private final int[] longest;

	private final int[] caps;

	/**
	 * @param caps
	 *            the widest each column may get, in characters; longer text wraps
	 *            or is cut off by the next cell. Columns beyond these get a default
	 *            cap.
	 */
	ColumnWidths(int columns, int... caps) {
		this.longest = new int[columns];
		this.caps = new int[columns];
		for (int i = 0; i < columns; i++) {
			this.caps[i] = (i < caps.length) ? caps[i] : DEFAULT_CAP;
		}
	}

	/** Takes the longest line of the text into account. */
	void measure(int column, String text) {
		if (text == null || column >= this.longest.length) {
			return;
		}
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '\n') {
				measure(column, i - start);
				start = i + 1;
			}
		}
	}

	void measure(int column, int characters) {
		if (column < this.longest.length) {
			this.longest[column] = Math.max(this.longest[column], characters);
		}
	}

	/**
	 * The length of a whole number shown with thousands separators, counted rather
	 * than formatted: it is asked for every number of a 300,000-row sheet.
	 */
	static int formattedLength(long value) {
		int digits = String.valueOf(Math.abs(value)).length();
		return digits + (digits - 1) / 3 + ((value < 0) ? 1 : 0);
	}

	void apply(Sheet sheet) {
		for (int i = 0; i < this.longest.length; i++) {
			// Two characters of air: Excel's width unit is the width of a digit, and
			// capitals and bold are wider.
			int characters = Math.min(this.caps[i], this.longest[i]) + 2;
			sheet.setColumnWidth(i, Math.max(4, characters) * 256);
		}
	}

}
