package org.langcov.report.workbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths computed from the length of what the columns hold. {@code autoSizeColumn} would measure with fonts,
 * which a headless server may not have, and on a streamed sheet it needs every row kept for measuring.
 */
final class ColumnWidths {

	/** Excel's limit is 255 characters; far narrower is readable. */
	private static final int DEFAULT_CAP = 50;

	private final int[] longest;

	private final int[] caps;

	/**
	 * @param caps
	 *            the widest each column may get, in characters; longer text wraps or is cut off by the next cell.
	 *            Columns beyond these get a default cap.
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
				measure(column, columns(text, start, i));
				start = i + 1;
			}
		}
	}

	/**
	 * How many character columns the text takes: a Chinese, Japanese or Korean character takes two, as in a terminal,
	 * and a combining mark none.
	 */
	static int columns(String text, int from, int to) {
		int columns = 0;
		for (int i = from; i < to;) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (cp < 0x0300) {
				columns++;
			} else if (wide(cp)) {
				columns += 2;
			} else {
				int type = Character.getType(cp);
				columns += (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) ? 0 : 1;
			}
		}
		return columns;
	}

	private static boolean wide(int cp) {
		return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
				|| cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
				|| cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
	}

	/**
	 * How many lines the text takes when wrapped between words at this many columns: an estimate without fonts, for the
	 * height of the row.
	 */
	static int lines(String text, int width) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			int used = 0;
			lines++;
			for (String word : paragraph.split(" ")) {
				int length = columns(word, 0, word.length());
				if (used > 0 && used + 1 + length <= width) {
					used += 1 + length;
				} else {
					if (used > 0) {
						lines++;
					}
					// A word longer than the line is broken where the line ends.
					lines += Math.max(0, (length - 1) / width);
					used = (length == 0) ? 0 : (length - 1) % width + 1;
				}
			}
		}
		return lines;
	}

	/** The width the column gets, in characters. */
	int width(int column) {
		return Math.max(4, Math.min(this.caps[column], this.longest[column]) + 2);
	}

	void measure(int column, int characters) {
		if (column < this.longest.length) {
			this.longest[column] = Math.max(this.longest[column], characters);
		}
	}

	/**
	 * The length of a whole number shown with thousands separators, counted rather than formatted: it is asked for
	 * every number of a 300,000-row sheet.
	 */
	static int formattedLength(long value) {
		int digits = String.valueOf(Math.abs(value)).length();
		return digits + (digits - 1) / 3 + ((value < 0) ? 1 : 0);
	}

	void apply(Sheet sheet) {
		for (int i = 0; i < this.longest.length; i++) {
			// Two characters of air: Excel's width unit is the width of a digit, and capitals and bold are wider.
			sheet.setColumnWidth(i, width(i) * 256);
		}
	}

}
