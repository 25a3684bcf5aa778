package org.langcov.symbol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote marks after a symbol, as a document list copied into a register carries them ({@code E/C.21/2025/2*}):
 * asterisks, daggers, section and paragraph signs and superscript digits, with any spaces before them. They are no part
 * of the symbol.
 */
public final class FootnoteMarks {

	private static final Pattern MARKS = Pattern.compile(
			" *[*\\u2217\\u204E\\uFF0A\\u2020\\u2021\\u00A7\\u00B6\\u2016\\u00B9\\u00B2\\u00B3\\u2070\\u2074-\\u2079]+$");

	private FootnoteMarks() {
	}

	/** The marks at the end of a symbol, or {@code ""} when it has none. */
	public static String of(String symbol) {
		Matcher marks = MARKS.matcher(symbol);
		return marks.find() ? marks.group().strip() : "";
	}

	/** The symbol without the marks at its end. */
	public static String dropped(String symbol) {
		return MARKS.matcher(symbol).replaceFirst("");
	}

}
