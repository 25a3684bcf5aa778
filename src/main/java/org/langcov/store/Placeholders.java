package org.langcov.store;

import java.util.Locale;

import org.langcov.vocabulary.Language;

/**
 * Expands a job's pattern, such as {@code {symbol}-{iso}.pdf}, for one slot.
 */
public final class Placeholders {

	private Placeholders() {
	}

	/**
	 * The pattern with every placeholder replaced for this primary symbol and language.
	 * 
	 * @throws IllegalArgumentException
	 *             naming an unknown placeholder
	 */
	public static String expand(String pattern, String primarySymbol, Language language) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			int close = (c == '{') ? pattern.indexOf('}', i) : -1;
			if (close < 0) {
				out.append(c);
				i++;
				continue;
			}
			out.append(value(pattern.substring(i + 1, close), primarySymbol, language));
			i = close + 1;
		}
		return out.toString();
	}

	/** Checks a pattern's placeholders, so a typo is caught before any lookup. */
	public static void check(String pattern) {
		expand(pattern, "E/CN.7/2014/1", Language.ENGLISH);
	}

	private static String value(String name, String symbol, Language language) {
		return switch (name) {
			case "symbol" -> symbol.replace('/', '_');
			case "path" -> symbol;
			case "slug" -> symbol.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
			case "lang" -> String.valueOf(language.letter());
			case "lang-lower" -> String.valueOf(Character.toLowerCase(language.letter()));
			case "iso" -> language.iso();
			case "iso-lower" -> language.iso().toLowerCase(Locale.ROOT);
			case "language" -> language.displayName();
			default -> throw new IllegalArgumentException("unknown placeholder {" + name
					+ "} (use {symbol}, {path}, {slug}, {lang}, {lang-lower}, {iso}, {iso-lower} or {language})");
		};
	}

}
