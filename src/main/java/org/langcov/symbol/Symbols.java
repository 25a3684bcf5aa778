package org.langcov.symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols as they are written in registers: {@code E/CN.7/2014/1}, or joint symbols such as
 * {@code E/CN.7/2014/2 - E/CN.15/2014/2} that name one document several times, the primary symbol first.
 */
public final class Symbols {

	/**
	 * A symbol: two or more parts separated by {@code /}. The first part (the series) starts with a letter, so that a
	 * date such as {@code 13/03/2014} is not taken for a symbol; every part has a letter or a digit, so that
	 * {@code -/-} is not one either.
	 */
	private static final Pattern SYMBOL = Pattern
			.compile("[A-Za-z][A-Za-z0-9.\\-]*(/[A-Za-z0-9.\\-]*[A-Za-z0-9][A-Za-z0-9.\\-]*)+");

	/** Spaces people type around slashes: {@code E/CN.7/ 2014 /1}. */
	private static final Pattern SPACED_SLASH = Pattern.compile(" */ *");

	/**
	 * Separators that always end a symbol: line breaks, {@code ;}, {@code ,}, a hyphen with spaces on both sides, and
	 * dashes, which never occur inside a symbol.
	 */
	private static final Pattern SEPARATOR = Pattern.compile("\n|;|,| +- +| *[\u2013\u2014] *");

	/**
	 * The start of a new symbol: a series part that starts with a letter, followed by a slash.
	 */
	private static final Pattern SYMBOL_START = Pattern.compile("[A-Za-z][A-Za-z0-9.\\-]* */");

	/**
	 * As above, for a symbol glued to a number: series symbols are upper case, and requiring it keeps a lower-case word
	 * from being cut off.
	 */
	private static final Pattern GLUED_SYMBOL_START = Pattern.compile("[A-Z][A-Za-z0-9.\\-]* */");

	/**
	 * The components the UN writes in lower case but for their first letter: {@code Add.1}, {@code Corr.1},
	 * {@code Rev.1}, {@code Amend.1}, and {@code Summary}.
	 */
	private static final Pattern MODIFIER = Pattern.compile("(?i)(add|corr|rev|amend)(\\.[0-9].*)|(summary)");

	private Symbols() {
	}

	/**
	 * The symbol in the UN's canonical case, whatever the case it was typed in: capitals ({@code E/CN.7/2014/CRP.1}),
	 * but for the modifier components {@code Add.N}, {@code Corr.N}, {@code Rev.N}, {@code Amend.N} and {@code Summary}
	 * ({@code A/C.3/70/L.1/Rev.1}).
	 */
	public static String canonical(String symbol) {
		String[] parts = symbol.split("/", -1);
		for (int i = 0; i < parts.length; i++) {
			Matcher modifier = MODIFIER.matcher(parts[i]);
			if (!modifier.matches()) {
				parts[i] = parts[i].toUpperCase(Locale.ROOT);
			} else if (modifier.group(3) != null) {
				parts[i] = "Summary";
			} else {
				String word = modifier.group(1).toLowerCase(Locale.ROOT);
				parts[i] = Character.toUpperCase(word.charAt(0)) + word.substring(1)
						+ modifier.group(2).toUpperCase(Locale.ROOT);
			}
		}
		return String.join("/", parts);
	}

	/**
	 * The symbol with white space trimmed (non-breaking spaces count, as they do when text is pasted from a web page)
	 * and spaces around {@code /} removed.
	 */
	public static String normalise(String symbol) {
		if (symbol == null) {
			return "";
		}
		return SPACED_SLASH.matcher(spaces(symbol).strip()).replaceAll("/");
	}

	/**
	 * Whether the text is a UN document symbol: at least two parts separated by {@code /}, each made of letters,
	 * digits, {@code .} and {@code -}.
	 */
	public static boolean isValid(String symbol) {
		return symbol != null && SYMBOL.matcher(symbol).matches();
	}

	/**
	 * The symbols of a register cell, normalised and in order, the primary symbol first; empty pieces are dropped.
	 * Pieces are returned whether or not they are valid symbols, so that the caller can name the one at fault.
	 */
	public static List<String> split(String cell) {
		List<String> symbols = new ArrayList<>();
		if (cell == null) {
			return symbols;
		}
		// Slashes first, so that "A/70/ L.1" is not read as two symbols below
		String text = SPACED_SLASH.matcher(spaces(cell)).replaceAll("/");
		for (String piece : SEPARATOR.split(text)) {
			for (String symbol : splitJoined(piece)) {
				String normalised = normalise(trimDashes(symbol));
				if (!normalised.isEmpty()) {
					symbols.add(normalised);
				}
			}
		}
		return symbols;
	}

	/**
	 * Splits where one symbol runs into the next without a proper separator: {@code E/CN.7/2014/15- E/CN.15/2014/15},
	 * {@code E/CN.7/2014/2 E/CN.15/2014/2} or {@code E/2014/28E/CN.7/2014/16}. A cut is made only when the text before
	 * it already holds a {@code /}, so the hyphens inside {@code A/HRC/S-30/1} and {@code ICC-ASP/13/20} stay.
	 */
	private static List<String> splitJoined(String piece) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < piece.length(); i++) {
			char c = piece.charAt(i);
			boolean complete = piece.lastIndexOf('/', i) >= start;
			if ((c == '-' || c == ' ') && complete) {
				int next = skipSpacesAndHyphens(piece, i);
				if (startsSymbol(piece, next, SYMBOL_START)) {
					parts.add(piece.substring(start, i));
					start = next;
					i = next - 1;
				}
			} else if (Character.isDigit(c) && complete && startsSymbol(piece, i + 1, GLUED_SYMBOL_START)) {
				parts.add(piece.substring(start, i + 1));
				start = i + 1;
			}
		}
		parts.add(piece.substring(start));
		return parts;
	}

	private static boolean startsSymbol(String text, int from, Pattern start) {
		return from < text.length() && start.matcher(text).region(from, text.length()).lookingAt();
	}

	private static int skipSpacesAndHyphens(String text, int from) {
		int i = from;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
			i++;
		}
		return i;
	}

	/** A hyphen left dangling at a line end, as in {@code E/CN.7/2014/8-}. */
	private static String trimDashes(String piece) {
		int start = 0;
		int end = piece.length();
		while (start < end && (piece.charAt(start) == '-' || piece.charAt(start) == ' ')) {
			start++;
		}
		while (end > start && (piece.charAt(end - 1) == '-' || piece.charAt(end - 1) == ' ')) {
			end--;
		}
		return piece.substring(start, end);
	}

	/**
	 * Every kind of white space as a plain space, every line break as {@code \n}; zero-width characters that come with
	 * pasted text are dropped.
	 */
	static String spaces(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				out.append('\n');
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			} else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
				out.append('\n');
			} else if (c == '\u200B' || c == '\uFEFF') {
				continue;
			} else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				out.append(' ');
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
