package org.langcov.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out of a page's text what is in no language: document symbols, job numbers and web addresses, which are Latin
 * script in every language version. A hand-written scan, since it runs on every page inspected; it finds what the
 * regular expression of {@code TextScanEquivalenceTests} finds.
 */
final class SymbolBlanking {

	/** Symbols and job numbers are Latin script in every language version. */
	private static final Pattern NOT_LANGUAGE = Pattern.compile(
			"[A-Z][A-Z0-9.\\-]*(?:/[A-Za-z0-9.\\-]+)+|\\b[A-Z]?\\.?\\d{2}-\\d{5}\\s*\\([A-Z]\\)|https?://\\S+");

	private SymbolBlanking() {
	}

	/**
	 * The text with symbols, job numbers and web addresses blanked out. They are looked for only around the slashes and
	 * brackets they all have, so that the search spares most of the text; what it finds is what a search of the whole
	 * text would.
	 */
	static String withoutSymbols(String text) {
		char[] chars = text.toCharArray();
		StringBuilder kept = new StringBuilder(text.length());
		int copied = 0;
		Matcher matcher = NOT_LANGUAGE.matcher(text).useTransparentBounds(true);
		int start = -1;
		int end = 0;
		for (int anchor = nextAnchor(chars, 0); start >= 0 || anchor >= 0; anchor = nextAnchor(chars, end)) {
			int next = (anchor >= 0) ? windowStart(chars, anchor) : chars.length;
			if (start >= 0 && next < end) {
				// overlapping windows are searched as one
				end = runEnd(chars, anchor);
				continue;
			}
			if (start >= 0) {
				matcher.region(start, end);
				while (matcher.find()) {
					kept.append(text, copied, matcher.start()).append(' ');
					copied = matcher.end();
				}
			}
			if (anchor < 0) {
				break;
			}
			start = next;
			end = runEnd(chars, anchor);
		}
		return kept.append(text, copied, text.length()).toString();
	}

	/**
	 * Where the search around an anchor starts: its run, and for a bracket the run before it, as in
	 * {@code V.14-01234 (E)}.
	 */
	private static int windowStart(char[] text, int anchor) {
		int start = runStart(text, anchor);
		if (text[anchor] == '(') {
			int before = start;
			while (before > 0 && isRegexSpace(text[before - 1])) {
				before--;
			}
			start = runStart(text, before);
		}
		return start;
	}

	private static int nextAnchor(char[] text, int from) {
		for (int i = from; i < text.length; i++) {
			char c = text[i];
			if (c == '/' || c == '(') {
				return i;
			}
		}
		return -1;
	}

	/** Where the run of non-space characters that reaches {@code index} starts. */
	private static int runStart(char[] text, int index) {
		int start = index;
		while (start > 0 && !isRegexSpace(text[start - 1])) {
			start--;
		}
		return start;
	}

	/** Where the run of non-space characters at {@code index} ends. */
	private static int runEnd(char[] text, int index) {
		int end = index;
		while (end < text.length && !isRegexSpace(text[end])) {
			end++;
		}
		return end;
	}

	/** The characters of {@code \s} in a regular expression. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

}
