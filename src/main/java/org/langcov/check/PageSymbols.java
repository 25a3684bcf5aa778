package org.langcov.check;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.langcov.symbol.Symbols;

/**
 * Finds the UN document symbols on a page's extracted text, such as
 * {@code E/CN.7/2014/1} at the top right of page 1, the stacked symbols of a
 * joint document, or the symbol of the provisional agenda in a footnote.
 * <p>
 * Text extracted from Arabic and Chinese pages carries bidi control characters
 * and odd spaces around Latin runs ({@code E/ CN.7/2014 /1}); they are taken
 * out before symbols are looked for.
 */
final class PageSymbols {

	/**
	 * Bidi marks, embeddings, overrides and isolates, and zero-width characters.
	 */
	private static final Pattern INVISIBLE = Pattern
			.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\u061C\\uFEFF]");

	/** Any horizontal space, the non-breaking kinds included. */
	private static final Pattern SPACE = Pattern.compile("[\\h]+");

	/** Spaces around a slash between symbol parts. */
	private static final Pattern SPACED_SLASH = Pattern.compile(" ?/ ?");

	/**
	 * A symbol as printed: a series in capitals ({@code E}, {@code A},
	 * {@code ICC-ASP}) that no Latin letter precedes, then parts of letters,
	 * digits, {@code .} and {@code -} after slashes. Lower-case series
	 * ({@code and/or}) are words, not symbols. A digit (a footnote mark) or a
	 * letter of another script (Chinese runs into Latin without a space) may
	 * precede it.
	 */
	private static final Pattern CANDIDATE = Pattern
			.compile("(?<![A-Za-z./-])[A-Z][A-Z0-9.\\-]*(?:/[A-Za-z0-9.\\-]*[A-Za-z0-9])+");

	/**
	 * Symbols carry a number somewhere: {@code HIV/AIDS} and {@code UNODC/WHO} are
	 * not symbols.
	 */
	private static final Pattern DIGIT = Pattern.compile("\\d");

	private PageSymbols() {
	}

	/**
	 * The symbols on the page, normalised as they are shown, in the order they
	 * appear; compare them by {@link #key(String)}.
	 */
	static Set<String> find(String pageText) {
		String text = clean(pageText);
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = CANDIDATE.matcher(text);
		while (matcher.find()) {
			// "E/CN.7/2014/2-E/CN.15/2014/2" is two symbols, as in registers
			for (String symbol : Symbols.split(matcher.group())) {
				String trimmed = trimEnd(symbol);
				if (Symbols.isValid(trimmed) && DIGIT.matcher(trimmed).find()) {
					found.add(Symbols.normalise(trimmed));
				}
			}
		}
		return found;
	}

	/**
	 * The form symbols are compared in: normalised, in capitals, since registers
	 * and pages do not always agree on {@code Corr.1} or {@code CORR.1}.
	 */
	static String key(String symbol) {
		return Symbols.normalise(symbol).toUpperCase(Locale.ROOT);
	}

	/** The page text with invisible marks removed and spaces made plain. */
	static String clean(String pageText) {
		String visible = INVISIBLE.matcher(pageText).replaceAll("");
		String spaced = SPACE.matcher(visible).replaceAll(" ");
		return SPACED_SLASH.matcher(spaced).replaceAll("/");
	}

	/** A full stop or hyphen that ends a sentence or a line, not the symbol. */
	private static String trimEnd(String symbol) {
		int end = symbol.length();
		while (end > 0 && (symbol.charAt(end - 1) == '.' || symbol.charAt(end - 1) == '-')) {
			end--;
		}
		return symbol.substring(0, end);
	}

}
