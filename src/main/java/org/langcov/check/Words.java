package org.langcov.check;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The words of a page's text, as {@link LanguageIdentifier} weighs them: the text made ready (combining accents
 * composed, after {@link SymbolBlanking}), then cut into words. Hand-written scans, since they run on every page
 * inspected; they find what the regular expressions of {@code TextScanEquivalenceTests} find.
 */
final class Words {

	private Words() {
	}

	/**
	 * The text with each letter written as a base letter and combining marks composed into one ({@code e} and U+0301 as
	 * {@code é}), as the function words and letters are listed.
	 */
	static String composed(String text) {
		for (char c : text.toCharArray()) {
			if (c >= '\u0300' && c <= '\u036F') {
				return Normalizer.normalize(text, Normalizer.Form.NFC);
			}
		}
		return text;
	}

	/**
	 * Does {@code action} for each word of the text, in order: runs of letters, with the letters after an apostrophe
	 * ({@code l'ordre}, {@code qu'il}).
	 */
	static void eachWord(String text, WordAction action) {
		eachWord(text.toCharArray(), action);
	}

	/** As {@link #eachWord(String, WordAction)}, on the text's characters. */
	static void eachWord(char[] chars, WordAction action) {
		for (int start = 0, end; start < chars.length; start = end) {
			end = wordEnd(chars, start);
			if (end == start) {
				end += Character.charCount(Character.codePointAt(chars, start));
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
	 * Where the word starting at {@code start} ends: letters, and letters after an apostrophe ({@code l'ordre});
	 * {@code start} itself when no word starts there.
	 */
	private static int wordEnd(char[] text, int start) {
		int end = letters(text, start);
		while (end > start && end < text.length && isApostrophe(text[end])) {
			int next = letters(text, end + 1);
			if (next == end + 1) {
				break;
			}
			end = next;
		}
		return end;
	}

	/**
	 * Where the letters from {@code start} end: letters, and the combining marks after them (an accent no precomposed
	 * letter has, Arabic vowel signs), which belong to their letter.
	 */
	private static int letters(char[] text, int start) {
		int end = start;
		while (end < text.length) {
			int c = Character.codePointAt(text, end);
			if (!isLetter(c) && (end == start || !isMark(c))) {
				break;
			}
			end += Character.charCount(c);
		}
		return end;
	}

	/** {@link Character#isLetter(int)}, told without a look-up in ASCII, where the letters are A to Z and a to z. */
	private static boolean isLetter(int c) {
		if (c < 0x80) {
			int lower = c | 0x20;
			return lower >= 'a' && lower <= 'z';
		}
		return Character.isLetter(c);
	}

	private static boolean isMark(int c) {
		// the first combining mark is U+0300: most characters after a word, a space or a full stop, are spared a
		// look-up
		if (c < '\u0300') {
			return false;
		}
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
	 * The runs of {@code lines} or more lines with one to {@code letters} letters each, as pairs of where they start
	 * and end: text turned a quarter, as PDFBox extracts it. A line without letters (a number, a blank) neither extends
	 * nor ends a run.
	 */
	static int[] runsOfShortLines(char[] text, int letters, int lines) {
		int[] runs = new int[0];
		int runStart = 0;
		int runEnd = 0;
		int shortLines = 0;
		int lineStart = 0;
		int lineLetters = 0;
		for (int i = 0; i <= text.length; i++) {
			char c = (i < text.length) ? text[i] : '\n';
			if (c != '\n' && c != '\r') {
				// past {@code letters} the count no longer matters: the rest of a long line is not looked up
				if (lineLetters <= letters && isLetter(c)) {
					lineLetters++;
				}
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
