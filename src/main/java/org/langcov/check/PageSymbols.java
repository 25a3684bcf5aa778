package org.langcov.check;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.langcov.symbol.Symbols;

/**
 * Finds the UN document symbols on a page's extracted text, such as {@code E/CN.7/2014/1} at the top right of page 1,
 * the stacked symbols of a joint document, or the symbol of the provisional agenda in a footnote.
 * <p>
 * Text extracted from Arabic and Chinese pages carries bidi control characters and odd spaces around Latin runs
 * ({@code E/ CN.7/2014 /1}); they are taken out before symbols are looked for.
 */
final class PageSymbols {

	/**
	 * A symbol as printed: a series in capitals ({@code E}, {@code A}, {@code ICC-ASP}) that no Latin letter precedes,
	 * then parts of letters, digits, {@code .} and {@code -} after slashes. Lower-case series ({@code and/or}) are
	 * words, not symbols. A digit (a footnote mark) or a letter of another script (Chinese runs into Latin without a
	 * space) may precede it.
	 */
	private static final Pattern CANDIDATE = Pattern
			.compile("(?<![A-Za-z./-])[A-Z][A-Z0-9.\\-]*(?:/[A-Za-z0-9.\\-]*[A-Za-z0-9])+");

	/**
	 * Symbols carry a number somewhere: {@code HIV/AIDS} and {@code UNODC/WHO} are not symbols.
	 */
	private static final Pattern DIGIT = Pattern.compile("\\d");

	private PageSymbols() {
	}

	/**
	 * The symbols on the page, normalised as they are shown, in the order they appear; compare them by
	 * {@link #key(String)}.
	 */
	static Set<String> find(String pageText) {
		String text = clean(pageText);
		Set<String> found = new LinkedHashSet<>();
		// a symbol is a run of symbol characters with a slash in it: only such runs are searched, which spares the
		// search most of the page
		Matcher matcher = CANDIDATE.matcher(text).useTransparentBounds(true);
		int end = 0;
		for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', end)) {
			int start = slash;
			while (start > 0 && isSymbolChar(text.charAt(start - 1))) {
				start--;
			}
			end = slash + 1;
			while (end < text.length() && isSymbolChar(text.charAt(end))) {
				end++;
			}
			matcher.region(start, end);
			while (matcher.find()) {
				// "E/CN.7/2014/2-E/CN.15/2014/2" is two symbols, as in registers
				for (String symbol : Symbols.split(matcher.group())) {
					String trimmed = trimEnd(symbol);
					if (Symbols.isValid(trimmed) && DIGIT.matcher(trimmed).find() && looksPrinted(trimmed)) {
						found.add(Symbols.normalise(trimmed));
					}
				}
			}
		}
		return found;
	}

	/**
	 * Whether a candidate has the shape the UN prints symbols in. Real pages give look-alikes that {@link #CANDIDATE}
	 * alone takes: a footnote number glued to a word ({@code HIV/AIDS12}), OCR noise ({@code V1HH/Knn}), words of table
	 * cells run together. A UN symbol's series has no digit; its parts are capitals, digits and the few components
	 * written in mixed case ({@code Corr.1}, {@code Add.2}, {@code Rev.1}, {@code Sub.2}, the Ozone secretariat's
	 * {@code OzL.Pro}); and a number follows a word only after a full stop or hyphen ({@code CRP.1}, {@code S-30}),
	 * never glued to it.
	 */
	static boolean looksPrinted(String symbol) {
		String[] parts = symbol.split("/");
		if (DIGIT.matcher(parts[0]).find()) {
			return false;
		}
		for (String part : parts) {
			for (String piece : PIECE_SEPARATOR.split(part)) {
				if (GLUED_NUMBER.matcher(piece).matches()
						|| (!piece.equals(piece.toUpperCase(Locale.ROOT)) && !MIXED_CASE.contains(piece))) {
					return false;
				}
			}
		}
		return true;
	}

	/** What separates the pieces of a symbol's part: compiled once, not at every {@code String.split}. */
	private static final Pattern PIECE_SEPARATOR = Pattern.compile("[.\\-]");

	/** Letters with a number glued on: a footnote mark, not a symbol's part. */
	private static final Pattern GLUED_NUMBER = Pattern.compile("[A-Za-z]{2,}\\d+");

	/** The components of UN symbols written in mixed case. */
	private static final Set<String> MIXED_CASE = Set.of("Add", "Corr", "Rev", "Amend", "Summary", "Sub", "Misc", "Inf",
			"Excerpt", "Part", "OzL", "Pro");

	/** The characters a symbol is made of, as {@link #CANDIDATE} has them. */
	private static boolean isSymbolChar(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '/'
				|| c == '-';
	}

	/**
	 * The form symbols are compared in: normalised, in capitals, since registers and pages do not always agree on
	 * {@code Corr.1} or {@code CORR.1}.
	 */
	static String key(String symbol) {
		return Symbols.normalise(symbol).toUpperCase(Locale.ROOT);
	}

	/**
	 * The page text with invisible marks (bidi marks, embeddings, overrides and isolates, zero-width characters)
	 * removed, each run of horizontal space (the non-breaking kinds included) made one plain space, and the spaces
	 * around a slash between symbol parts taken out. One pass over the text: it is called for every page inspected.
	 */
	static String clean(String pageText) {
		char[] text = pageText.toCharArray();
		if (isClean(text)) {
			return pageText;
		}
		// the text does not grow: a space is written only for spaces left out
		char[] clean = new char[text.length];
		int length = 0;
		boolean space = false;
		boolean afterSlash = false;
		for (char c : text) {
			if (!isPlain(c)) {
				if (isInvisible(c)) {
					continue;
				}
				if (isHorizontalSpace(c)) {
					space = true;
					continue;
				}
			}
			if (c == '/') {
				afterSlash = true;
			} else {
				if (space && !afterSlash) {
					clean[length++] = ' ';
				}
				afterSlash = false;
			}
			space = false;
			clean[length++] = c;
		}
		if (space && !afterSlash) {
			clean[length++] = ' ';
		}
		return new String(clean, 0, length);
	}

	/**
	 * Whether {@link #clean(String)} would give the text back as it is, as most pages' is: without invisible marks or
	 * spaces but the plain one, two spaces in a row, or a space beside a slash.
	 */
	private static boolean isClean(char[] text) {
		for (int i = 0; i < text.length; i++) {
			char c = text[i];
			char next = (i + 1 < text.length) ? text[i + 1] : 0;
			if (c == ' ' || c == '/') {
				if (next == ' ' || (c == ' ' && next == '/')) {
					return false;
				}
			} else if (!isPlain(c) && (isInvisible(c) || isHorizontalSpace(c))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether {@code c} is neither invisible nor a horizontal space, told by a few comparisons: most letters of the six
	 * languages' scripts, digits and punctuation.
	 */
	private static boolean isPlain(char c) {
		return (c > ' ' && c < '\u1680' && c != '\u00A0' && c != '\u061C') || (c > '\u3000' && c < '\uFEFF');
	}

	private static boolean isInvisible(char c) {
		return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2069')
				|| c == '\u061C' || c == '\uFEFF';
	}

	/** The characters of {@code \h} in a regular expression. */
	private static boolean isHorizontalSpace(char c) {
		return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
				|| (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
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
