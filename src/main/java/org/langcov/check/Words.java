package org.langcov.check;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a page's text, as {@link LanguageIdentifier} weighs them: the
 * text made ready (symbols, job numbers and web addresses blanked out,
 * combining accents composed), then cut into words. Hand-written scans, since
 * they run on every page inspected; they find what the regular expressions of
 * {@code TextScanEquivalenceTests} find.
 */
final class Words {

	/** Symbols and job numbers are Latin script in every language version. */
	private static final Pattern NOT_LANGUAGE = Pattern.compile(
			"[A-Z][A-Z0-9.\\-]*(?:/[A-Za-z0-9.\\-]+)+|\\b[A-Z]?\\.?\\d{2}-\\d{5}\\s*\\([A-Z]\\)|https?://\\S+");

	private Words() {
	}

	/**
	 * The text with each letter written as a base letter and combining marks
	 * composed into one ({@code e} and U+0301 as {@code é}), as the function words
	 * and letters are listed.
	 */
	static String composed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0300' && c <= '\u036F') {
				return Normalizer.normalize(text, Normalizer.Form.NFC);
			}
		}
		return text;
	}

	/**
	 * The text with symbols, job numbers and web addresses blanked out. They are
	 * looked for only around the slashes and brackets they all have, so that the
	 * search spares most of the text; what it finds is what a search of the whole
	 * text would.
	 */
	static String withoutSymbols(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		int copied = 0;
		Matcher matcher = NOT_LANGUAGE.matcher(text).useTransparentBounds(true);
		int start = -1;
		int end = 0;
		for (int anchor = nextAnchor(text, 0); start >= 0 || anchor >= 0; anchor = nextAnchor(text, end)) {
			int next = (anchor >= 0) ? windowStart(text, anchor) : text.length();
			if (start >= 0 && next < end) {
				// overlapping windows are searched as one
				end = runEnd(text, anchor);
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
			end = runEnd(text, anchor);
		}
		return kept.append(text, copied, text.length()).toString();
	}

	/**
	 * Where the search around an anchor starts: its run, and for a bracket the run
	 * before it, as in {@code V.14-01234 (E)}.
	 */
	private static int windowStart(String text, int anchor) {
		int start = runStart(text, anchor);
		if (text.charAt(anchor) == '(') {
			int before = start;
			while (before > 0 && isRegexSpace(text.charAt(before - 1))) {
				before--;
			}
			start = runStart(text, before);
		}
		return start;
	}

	private static int nextAnchor(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '/' || c == '(') {
				return i;
			}
		}
		return -1;
	}

	/** Where the run of non-space characters that reaches {@code index} starts. */
	private static int runStart(String text, int index) {
		int start = index;
		while (start > 0 && !isRegexSpace(text.charAt(start - 1))) {
			start--;
		}
		return start;
	}

	/** Where the run of non-space characters at {@code index} ends. */
	private static int runEnd(String text, int index) {
		int end = index;
		while (end < text.length() && !isRegexSpace(text.charAt(end))) {
			end++;
		}
		return end;
	}

	/** The characters of {@code \s} in a regular expression. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/**
	 * Does {@code action} for each word of the text, in order: runs of letters,
	 * with the letters after an apostrophe ({@code l'ordre}, {@code qu'il}).
	 */
	static void eachWord(String text, WordAction action) {
		for (int start = 0, end; start < text.length(); start = end) {
			end = wordEnd(text, start);
			if (end == start) {
				end += Character.charCount(text.codePointAt(start));
			} else {
				action.word(start, end);
			}
		}
	}

	/** What is done with each word, from {@code start} to {@code end}. */
	@FunctionalInterface
	interface WordAction {

		void word(int start, int end);

	}

	/**
	 * Where the word starting at {@code start} ends: letters, and letters after an
	 * apostrophe ({@code l'ordre}); {@code start} itself when no word starts there.
	 */
	private static int wordEnd(String text, int start) {
		int end = letters(text, start);
		while (end > start && end < text.length() && isApostrophe(text.charAt(end))) {
			int next = letters(text, end + 1);
			if (next == end + 1) {
				break;
			}
			end = next;
		}
		return end;
	}

	/**
	 * Where the letters from {@code start} end: letters, and the combining marks
	 * after them (an accent no precomposed letter has, Arabic vowel signs), which
	 * belong to their letter.
	 */
	private static int letters(String text, int start) {
		int end = start;
		while (end < text.length()) {
			int c = text.codePointAt(end);
			if (!Character.isLetter(c) && (end == start || !isMark(c))) {
				break;
			}
			end += Character.charCount(c);
		}
		return end;
	}

	private static boolean isMark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '’';
	}

	/** French elisions: {@code l'ordre}, {@code d'action}, {@code qu'il}. */
	static boolean isElision(String lower) {
		int apostrophe = (lower.startsWith("qu")) ? 2 : 1;
		if (apostrophe == 1 && (lower.isEmpty() || "ldnscjmt".indexOf(lower.charAt(0)) < 0)) {
			return false;
		}
		if (lower.length() <= apostrophe + 1 || !isApostrophe(lower.charAt(apostrophe))) {
			return false;
		}
		int next = lower.codePointAt(apostrophe + 1);
		return Character.isLetter(next) && Character.getType(next) != Character.UPPERCASE_LETTER;
	}

	/**
	 * The runs of {@code lines} or more lines with one to {@code letters} letters
	 * each, as pairs of where they start and end: text turned a quarter, as PDFBox
	 * extracts it. A line without letters (a number, a blank) neither extends nor
	 * ends a run.
	 */
	static int[] runsOfShortLines(String text, int letters, int lines) {
		int[] runs = new int[0];
		int runStart = 0;
		int runEnd = 0;
		int shortLines = 0;
		int lineStart = 0;
		int lineLetters = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : '\n';
			if (c != '\n' && c != '\r') {
				lineLetters += Character.isLetter(c) ? 1 : 0;
				continue;
			}
			if (lineLetters > letters) {
				runs = withRun(runs, runStart, runEnd, shortLines, lines);
				shortLines = 0;
			} else if (lineLetters > 0) {
				runStart = (shortLines == 0) ? lineStart : runStart;
				runEnd = i;
				shortLines++;
			}
			lineStart = i + 1;
			lineLetters = 0;
		}
		return withRun(runs, runStart, runEnd, shortLines, lines);
	}

	private static int[] withRun(int[] runs, int start, int end, int shortLines, int lines) {
		if (shortLines < lines) {
			return runs;
		}
		int[] more = Arrays.copyOf(runs, runs.length + 2);
		more[runs.length] = start;
		more[runs.length + 1] = end;
		return more;
	}

}
