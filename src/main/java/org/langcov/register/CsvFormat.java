package org.langcov.register;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a CSV register is written: its separator, found from the text's first lines. A spreadsheet program set to a
 * European locale writes semicolons, because the comma is its decimal mark; titles hold commas and semicolons alike, so
 * counting them decides nothing. The separator is the one that splits a row of the first lines into a header with a
 * Symbol column. Excel's own hint, a first line {@code sep=;}, is obeyed.
 *
 * @param separator
 *            the field separator
 * @param hintLine
 *            whether the first line is a {@code sep=} hint, not a row
 */
record CsvFormat(char separator, boolean hintLine) {

	private static final char[] CANDIDATES = {',', ';'};

	private static final Pattern HINT = Pattern.compile("\\A\\uFEFF?\"?sep=(.)\"?\\r?(\\n|\\r|\\z)");

	/**
	 * The format of a CSV text, from its beginning.
	 *
	 * @param head
	 *            the first characters of the text (a few kilobytes suffice)
	 */
	static CsvFormat detect(String head) {
		Matcher hint = HINT.matcher(head);
		if (hint.find()) {
			return new CsvFormat(hint.group(1).charAt(0), true);
		}
		char best = CANDIDATES[0];
		Score bestScore = null;
		for (char candidate : CANDIDATES) {
			Score score = score(head, candidate);
			if (bestScore == null || score.betterThan(bestScore)) {
				best = candidate;
				bestScore = score;
			}
		}
		return new CsvFormat(best, false);
	}

	/**
	 * How well a separator splits the first rows: a header found, the columns it has, then the widest row, then how
	 * often the separator occurs.
	 */
	private static Score score(String head, char separator) {
		CsvParser parser = new CsvParser(new StringReader(head), separator);
		int widest = 0;
		int headerColumns = -1;
		try {
			for (int row = 1; row <= RegisterSheet.HEADER_ROWS && headerColumns < 0; row++) {
				List<String> fields = parser.next();
				if (fields == null) {
					break;
				}
				Map<Integer, String> cells = cells(fields);
				widest = Math.max(widest, cells.size());
				if (RegisterHeader.recognise(cells).isPresent()) {
					headerColumns = cells.size();
				}
			}
		} catch (CsvParser.Problem ex) {
			// the head ends inside a record: judge by the rows before it
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long occurrences = head.chars().filter((c) -> c == separator).count();
		return new Score(headerColumns, widest, occurrences);
	}

	/** A record's non-empty fields by column index (0-based). */
	static Map<Integer, String> cells(List<String> fields) {
		Map<Integer, String> cells = new TreeMap<>();
		for (int i = 0; i < fields.size(); i++) {
			if (!fields.get(i).isEmpty()) {
				cells.put(i, fields.get(i));
			}
		}
		return cells;
	}

	private record Score(int headerColumns, int widest, long occurrences) {

		boolean betterThan(Score other) {
			if (this.headerColumns != other.headerColumns) {
				return this.headerColumns > other.headerColumns;
			}
			if (this.widest != other.widest) {
				return this.widest > other.widest;
			}
			return this.occurrences > other.occurrences;
		}

	}

}
