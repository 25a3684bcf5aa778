package org.langcov.report.workbook;

import java.text.Normalizer;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths computed from what the columns hold, measured with the advance widths of Calibri, the workbook's font
 * (and of Carlito, its metric twin, which LibreOffice shows in its place), in the unit of column widths: the width of a
 * digit. {@code autoSizeColumn} would measure with the fonts of the machine, which a headless server may not have, and
 * on a streamed sheet it needs every row kept for measuring.
 * <p>
 * A column is as wide as its longest value and two character margins, up to its cap; a longer value wraps within the
 * cap and its row is made tall enough for its lines ({@link #lines}).
 */
final class ColumnWidths {

	/** Excel's limit is 255 characters; far narrower is readable. */
	private static final int DEFAULT_CAP = 50;

	/**
	 * The space a cell keeps around its text, in digit widths: a margin each side (LibreOffice's and Excel's are about
	 * 3 pixels of the 7.5 a digit takes at 11 points) and a little air.
	 */
	static final double AIR = 1.5;

	/**
	 * The margins alone, in digit widths: wrapped text fills the column but for them (LibreOffice wraps a title of 59.6
	 * digit widths in a column of 60 on one line).
	 */
	static final double MARGINS = 0.5;

	/**
	 * The drop-down button a filtered header cell shows at its right, over the text, in digit widths: a square as tall
	 * as the row (15 points, 20 pixels, in LibreOffice; a little less in Excel).
	 */
	static final double FILTER_BUTTON = 2.8;

	/** Calibri's digits are all this wide, in 1/2048 of the font's size: the unit of a column width. */
	private static final double DIGIT = 1038;

	/**
	 * Advance widths of Calibri regular from the space to the tilde, in 1/2048 of the font's size (read from
	 * Carlito-Regular.ttf).
	 */
	private static final short[] REGULAR = {463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627,
			517, 791, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949, 1831,
			1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058, 1378, 1112, 941,
			998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020, 596, 981, 1076, 866, 1076, 1019, 625, 964,
			1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644,
			943, 644, 1020};

	/** The same for Calibri bold (Carlito-Bold.ttf): headers and the coverage marks. */
	private static final short[] BOLD = {463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627,
			547, 880, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 565, 565, 1020, 1020, 1020, 949, 1840,
			1241, 1148, 1084, 1291, 999, 940, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385, 1090, 1405, 1153, 968,
			1014, 1337, 1211, 1856, 1128, 1064, 979, 665, 880, 665, 1020, 1020, 615, 1011, 1099, 857, 1099, 1031, 648,
			971, 1099, 503, 523, 983, 503, 1666, 1099, 1101, 1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814,
			704, 973, 704, 1020};

	/**
	 * Letters outside Latin (Cyrillic, Greek, Arabic, from Calibri or the font standing in for it): about as wide as
	 * Calibri's capitals and small letters on average, a little more to be safe.
	 */
	private static final int CAPITAL = 1300;

	private static final int SMALL = 1100;

	/** A Chinese, Japanese or Korean character is a square, as wide as the font is tall. */
	private static final int SQUARE = 2048;

	private final double[] longest;

	private final int[] caps;

	/** What the header needs: a column is never narrower, whatever its cap. */
	private final double[] floors;

	/**
	 * @param caps
	 *            the widest each column may get, in characters; longer text wraps. Columns beyond these get a default
	 *            cap.
	 */
	ColumnWidths(int columns, int... caps) {
		this.longest = new double[columns];
		this.floors = new double[columns];
		this.caps = new int[columns];
		for (int i = 0; i < columns; i++) {
			this.caps[i] = (i < caps.length) ? caps[i] : DEFAULT_CAP;
		}
	}

	/** Takes the longest line of the text, in regular type, into account. */
	void measure(int column, String text) {
		measure(column, digits(text, false));
	}

	/** Takes a width in digit widths into account. */
	void measure(int column, double digits) {
		if (column < this.longest.length) {
			this.longest[column] = Math.max(this.longest[column], digits);
		}
	}

	/**
	 * Takes the column's header into account: its text in bold, and the filter's button beside it. The column is at
	 * least as wide, even beyond its cap.
	 */
	void header(int column, String text) {
		if (column < this.floors.length) {
			this.floors[column] = Math.max(this.floors[column], digits(text, true) + FILTER_BUTTON);
		}
	}

	/** The widest the column may get, in characters: its cap, or its header's width when wider. */
	int cap(int column) {
		if (column >= this.caps.length) {
			return DEFAULT_CAP;
		}
		return Math.max(this.caps[column], (int) Math.ceil(this.floors[column] + AIR));
	}

	/**
	 * How wide the longest line of the text is, in digit widths of Calibri at the cells' size.
	 */
	static double digits(String text, boolean bold) {
		if (text == null) {
			return 0;
		}
		double widest = 0;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '\n') {
				widest = Math.max(widest, digits(text, start, i, bold));
				start = i + 1;
			}
		}
		return widest;
	}

	static double digits(String text, int from, int to, boolean bold) {
		short[] advances = bold ? BOLD : REGULAR;
		long units = 0;
		for (int i = from; i < to;) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			units += advance(cp, advances);
		}
		return units / DIGIT;
	}

	private static int advance(int cp, short[] advances) {
		if (cp >= ' ' && cp <= '~') {
			return advances[cp - ' '];
		}
		if (cp < ' ' || cp == 0x200B) {
			return 0;
		}
		if (cp >= 0xC0 && cp <= 0x24F) {
			// an accented Latin letter is as wide as its letter
			char base = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD).charAt(0);
			if (base >= ' ' && base <= '~') {
				return advances[base - ' '];
			}
		}
		if (wide(cp)) {
			return SQUARE;
		}
		int type = Character.getType(cp);
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
			return 0;
		}
		return Character.isUpperCase(cp) ? CAPITAL : SMALL;
	}

	private static boolean wide(int cp) {
		return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
				|| cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
				|| cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
	}

	/**
	 * How many lines the text takes in a column of this many characters, wrapped between words as a spreadsheet program
	 * wraps it (a word longer than the line is broken where the line ends): one unless it is wider than the column.
	 */
	static int lines(String text, int width, boolean bold) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		// LibreOffice wraps a title of 59.3 digit widths in a column of 60: the text has the column but its air
		double room = width - AIR;
		double space = digits(" ", bold);
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			double used = 0;
			lines++;
			for (String word : paragraph.split(" ")) {
				double length = digits(word, 0, word.length(), bold);
				if (used == 0 || used + space + length > room) {
					if (used > 0) {
						lines++;
					}
					used = 0;
					// A word wider than the line is broken where the line ends.
					for (int i = 0; i < word.length();) {
						int cp = word.codePointAt(i);
						double letter = digits(word, i, i + Character.charCount(cp), bold);
						if (used > 0 && used + letter > room) {
							lines++;
							used = 0;
						}
						used += letter;
						i += Character.charCount(cp);
					}
				} else {
					used += space + length;
				}
			}
		}
		return lines;
	}

	/** The width the column gets, in characters. */
	int width(int column) {
		return width(Math.max(this.longest[column], this.floors[column]), cap(column));
	}

	/** The width a column gets for text this many digit widths wide, in characters. */
	static int width(double digits, int cap) {
		return Math.max(4, Math.min(cap, (int) Math.ceil(digits + AIR)));
	}

	/**
	 * How wide a whole number shown with thousands separators is, in digit widths, counted rather than formatted: it is
	 * asked for every number of a 300,000-row sheet.
	 */
	static double formattedDigits(long value) {
		int digits = String.valueOf(Math.abs(value)).length();
		return digits + (digits - 1) / 3 * REGULAR[',' - ' '] / DIGIT + ((value < 0) ? REGULAR['-' - ' '] / DIGIT : 0);
	}

	/**
	 * Sets the widths, in the order of the columns: a sheet's column definitions must come in that order, or Excel
	 * repairs the file.
	 */
	void apply(Sheet sheet) {
		for (int i = 0; i < this.longest.length; i++) {
			sheet.setColumnWidth(i, width(i) * 256);
		}
	}

}
