package org.langcov.history;

/**
 * The lengths of langcov's text columns, as {@code db/hsqldb/schema.sql} and {@code db/postgresql/schema.sql} declare
 * them (a change there is a change here). Values longer than their column are cut rather than failing the run.
 */
final class Columns {

	/**
	 * Paths, symbols, locations, details, reasons, notes, titles of runs and agenda items: {@code VARCHAR(4000)}.
	 */
	static final int TEXT = 4000;

	/** A document's title, {@code LC_DOCUMENT.TITLE}. */
	static final int LONG_TEXT = 32000;

	/** A web file's {@code ETag}, {@code LC_WEB_FILE.ETAG}. */
	static final int ETAG = 1000;

	/** A web file's {@code Last-Modified}, {@code LC_WEB_FILE.LAST_MODIFIED}. */
	static final int HTTP_DATE = 100;

	private Columns() {
	}

	/**
	 * The text as it fits a column of this length, marked with an ellipsis when cut.
	 */
	static String cut(String text, int length) {
		if (text == null) {
			return "";
		}
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

}
