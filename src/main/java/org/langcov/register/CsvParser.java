package org.langcov.register;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 and spreadsheet programs do: fields separated by one character; records
 * ended by CRLF, LF or CR; a field that starts with {@code "} runs to the next lone {@code "}, separators and line
 * breaks included, with {@code ""} standing for one quote. A byte-order mark at the start is not part of the first
 * field. Fields and records are bounded, so that a quote that is never closed cannot swallow the file into memory.
 */
final class CsvParser {

	static final int MAX_FIELD = 100_000;

	static final int MAX_FIELDS = 16_384;

	private static final int END = -1;

	private static final int NONE = -2;

	private final Reader in;

	private final char separator;

	private final char[] buffer = new char[8192];

	private int position;

	private int length;

	private int pushedBack = NONE;

	private boolean started;

	private int line = 1;

	private int recordLine;

	CsvParser(Reader in, char separator) {
		this.in = in;
		this.separator = separator;
	}

	/** The line (1-based) on which the record last returned starts. */
	int recordLine() {
		return this.recordLine;
	}

	/**
	 * The next record's fields, or {@code null} at the end of the text. An empty line is a record of one empty field.
	 *
	 * @throws Problem
	 *             when a quote is never closed or a record is too large
	 */
	List<String> next() throws IOException {
		int c = read();
		if (!this.started) {
			this.started = true;
			if (c == '\uFEFF') {
				c = read();
			}
		}
		if (c == END) {
			return null;
		}
		this.recordLine = this.line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quotedField = false;
		while (true) {
			if (c == '"' && field.length() == 0 && !quotedField) {
				quotedField = true;
				quoted(field);
				c = read();
			} else if (c == this.separator) {
				add(fields, field);
				quotedField = false;
				c = read();
			} else if (c == '\n' || c == '\r' || c == END) {
				if (c == '\r') {
					skipLineFeed();
				}
				if (c != END) {
					this.line++;
				}
				add(fields, field);
				return fields;
			} else {
				append(field, c);
				c = read();
			}
		}
	}

	/** Reads a quoted field's content, up to and including its closing quote. */
	private void quoted(StringBuilder field) throws IOException {
		int opened = this.line;
		while (true) {
			int c = read();
			if (c == END) {
				throw new Problem(opened, "a quoted field that starts on this line is never closed (a \" is missing)");
			}
			if (c == '"') {
				int next = read();
				if (next != '"') {
					unread(next);
					return;
				}
			} else if (c == '\r' || c == '\n') {
				// a line break in a cell is one LF, as Excel keeps it
				if (c == '\r') {
					skipLineFeed();
				}
				this.line++;
				c = '\n';
			}
			append(field, c);
		}
	}

	private void add(List<String> fields, StringBuilder field) {
		if (fields.size() >= MAX_FIELDS) {
			throw new Problem(this.recordLine, "more than " + MAX_FIELDS + " columns in one row");
		}
		fields.add(field.toString());
		field.setLength(0);
	}

	private void append(StringBuilder field, int c) {
		if (field.length() >= MAX_FIELD) {
			throw new Problem(this.recordLine,
					"a cell longer than " + MAX_FIELD + " characters (is a closing \" missing?)");
		}
		field.append((char) c);
	}

	private void skipLineFeed() throws IOException {
		int next = read();
		if (next != '\n') {
			unread(next);
		}
	}

	private int read() throws IOException {
		if (this.pushedBack != NONE) {
			int c = this.pushedBack;
			this.pushedBack = NONE;
			return c;
		}
		if (this.position == this.length) {
			this.length = this.in.read(this.buffer);
			this.position = 0;
			if (this.length <= 0) {
				this.length = 0;
				return END;
			}
		}
		return this.buffer[this.position++];
	}

	private void unread(int c) {
		this.pushedBack = c;
	}

	/** Text that cannot be split into records, at a line of the file. */
	static final class Problem extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final int line;

		Problem(int line, String message) {
			super(message, null, false, false);
			this.line = line;
		}

		int line() {
			return this.line;
		}

	}

}
