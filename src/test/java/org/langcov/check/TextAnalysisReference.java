package org.langcov.check;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

/**
 * The text analysis of {@link LanguageIdentifier} as it was before it was made cheaper (commit 69fcf3a), copied
 * unchanged but for the names of what it calls: the reference that {@code TextAnalysisEquivalenceTests} holds the
 * faster code to. It is slow on purpose; nothing in the main tree calls it.
 */
final class TextAnalysisReference {

	private static final LatinLanguage[] LATIN = LatinLanguage.values();

	private static final int[] SIX_LATIN = {LatinLanguage.ENGLISH.ordinal(), LatinLanguage.FRENCH.ordinal(),
			LatinLanguage.SPANISH.ordinal()};

	private static final int[] OTHER_LATIN = {LatinLanguage.GERMAN.ordinal(), LatinLanguage.CZECH.ordinal(),
			LatinLanguage.LATIN.ordinal()};

	private static final double MIN_HITS = 6;

	private TextAnalysisReference() {
	}

	// FunctionWords

	static double[] distinctLetters(String text) {
		double[] letters = new double[LatinLanguage.values().length];
		for (Map.Entry<LatinLanguage, String> entry : FunctionWords.DISTINCT_LETTERS.entrySet()) {
			letters[entry.getKey().ordinal()] = count(text, entry.getValue());
		}
		return letters;
	}

	private static int count(String text, String letters) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u00A1' && letters.indexOf(Character.toLowerCase(c)) >= 0) {
				count++;
			}
		}
		return count;
	}

	// LatinVerdict, with the text the tally counted (for its distinct letters)

	static TextLanguage latinVerdict(WordTally tally, String text) {
		double[] functionWords = new double[LATIN.length];
		for (int i = 0; i < LATIN.length; i++) {
			functionWords[i] = tally.longWords[i] + tally.oneLetter[i];
		}
		int other = Leader.of(functionWords, MIN_HITS, OTHER_LATIN);
		if (other >= 0 && functionWords[other] >= Leader.LEAD * Leader.max(functionWords, SIX_LATIN)
				&& isRunningText(tally, functionWords, other)) {
			return TextLanguage.NONE_OF_THE_SIX;
		}
		double[] letters = distinctLetters(text);
		double[] weights = new double[LATIN.length];
		for (int i : SIX_LATIN) {
			weights[i] = functionWords[i] + 0.5 * letters[i];
		}
		int six = Leader.of(weights, MIN_HITS, SIX_LATIN);
		if (six < 0 || tally.longWords[six] < MIN_HITS / 2) {
			return TextLanguage.UNCLEAR;
		}
		if (tally.sixFunctionWords < 0.12 * tally.latinWords) {
			return TextLanguage.UNCLEAR;
		}
		for (int i : SIX_LATIN) {
			if (tally.longWords[i] + 0.5 * letters[i] > tally.longWords[six] + 0.5 * letters[six]) {
				return TextLanguage.UNCLEAR;
			}
		}
		return TextLanguage.of(LATIN[six].official());
	}

	private static boolean isRunningText(WordTally tally, double[] functionWords, int other) {
		double six = 0;
		for (int i : SIX_LATIN) {
			six += functionWords[i];
		}
		boolean longWords = tally.longWords[other] >= MIN_HITS && tally.longWords[other] >= tally.oneLetter[other];
		return longWords && tally.latinWords >= 40 && functionWords[other] >= 0.10 * tally.latinWords
				&& six < 0.2 * tally.latinWords;
	}

	// WordTally

	private static final String PERSIAN_AND_URDU = "\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2";

	/** Whether an Arabic-script word, from {@code start} to {@code end}, has a letter of Persian or Urdu. */
	static boolean isPersianOrUrdu(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (PERSIAN_AND_URDU.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	// PageSymbols

	static String clean(String pageText) {
		StringBuilder clean = new StringBuilder(pageText.length());
		boolean space = false;
		boolean afterSlash = false;
		for (int i = 0; i < pageText.length(); i++) {
			char c = pageText.charAt(i);
			if (isInvisible(c)) {
				continue;
			}
			if (isHorizontalSpace(c)) {
				space = true;
				continue;
			}
			if (c == '/') {
				afterSlash = true;
			} else {
				if (space && !afterSlash) {
					clean.append(' ');
				}
				afterSlash = false;
			}
			space = false;
			clean.append(c);
		}
		if (space && !afterSlash) {
			clean.append(' ');
		}
		return clean.toString();
	}

	private static boolean isInvisible(char c) {
		return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2069')
				|| c == '\u061C' || c == '\uFEFF';
	}

	private static boolean isHorizontalSpace(char c) {
		return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
				|| (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
	}

	// Words

	static String composed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0300' && c <= '\u036F') {
				return Normalizer.normalize(text, Normalizer.Form.NFC);
			}
		}
		return text;
	}

	static void eachWord(String text, Words.WordAction action) {
		for (int start = 0, end; start < text.length(); start = end) {
			end = wordEnd(text, start);
			if (end == start) {
				end += Character.charCount(text.codePointAt(start));
			} else {
				action.word(start, end);
			}
		}
	}

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

	static boolean isMark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '’';
	}

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
