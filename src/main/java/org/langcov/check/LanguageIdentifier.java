package org.langcov.check;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which of the six languages a text is in, or that it cannot tell.
 * <p>
 * Arabic, Chinese and Russian are told by their scripts. English, French and
 * Spanish share one, and are told by their {@link FunctionWords}. The two are
 * weighed against each other in words of running text, estimated for the Latin
 * script from its function words: the Latin-script mastheads and job numbers
 * printed on Arabic, Chinese and Russian pages ({@code Distr.: General},
 * {@code Original: English}, {@code V.14-01234 (A)}) hold none, so they weigh
 * nothing. A language is named only when it clearly leads; too little text
 * names none.
 */
final class LanguageIdentifier {

	/** Words of running text below which nothing is decided: a title or two. */
	static final int MIN_WORDS = 15;

	/** Function-word hits (and distinct letters) needed among E, F and S. */
	static final double MIN_HITS = 6;

	/** How far the leader must be ahead of the next: twice its weight. */
	static final double LEAD = 2.0;

	/** One function word in this many running words, in E, F and S alike. */
	private static final double WORDS_PER_FUNCTION_WORD = 2.5;

	/** Characters of Chinese per word, to weigh Han characters as words. */
	private static final double HAN_PER_WORD = 1.7;

	/** Symbols and job numbers are Latin script in every language version. */
	private static final Pattern NOT_LANGUAGE = Pattern.compile(
			"[A-Z][A-Z0-9.\\-]*(?:/[A-Za-z0-9.\\-]+)+|\\b[A-Z]?\\.?\\d{2}-\\d{5}\\s*\\([A-Z]\\)|https?://\\S+");

	private static final Language[] LANGUAGES = Language.values();

	private static final Map<String, Language[]> FUNCTION_WORDS = functionWords();

	private LanguageIdentifier() {
	}

	/** The language of {@code text}, or {@code null} when it is not clear. */
	static Language identify(String text) {
		String language = withoutSymbols(PageSymbols.clean(text));
		double[] words = new double[LANGUAGES.length];
		double[] latin = new double[LANGUAGES.length];
		eachWord(language, (start, end) -> {
			int first = language.codePointAt(start);
			UnicodeScript script = (first < 0x80) ? UnicodeScript.LATIN : UnicodeScript.of(first);
			switch (script) {
				case ARABIC -> add(words, Language.ARABIC, 1);
				case CYRILLIC -> add(words, Language.RUSSIAN, 1);
				case HAN -> add(words, Language.CHINESE, hanCount(language, start, end) / HAN_PER_WORD);
				// the Latin script's running words stand under ENGLISH until E, F and S
				// are told apart
				case LATIN -> add(words, Language.ENGLISH,
						scoreLatin(language.substring(start, end), latin) * WORDS_PER_FUNCTION_WORD);
				default -> {
				}
			}
		});
		Language script = leader(words, MIN_WORDS);
		if (script != Language.ENGLISH) {
			return script;
		}
		for (Map.Entry<Language, String> candidate : FunctionWords.DISTINCT_LETTERS.entrySet()) {
			add(latin, candidate.getKey(), 0.5 * distinctLetters(language, candidate.getValue()));
		}
		return leader(latin, MIN_HITS);
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

	private static int letters(String text, int start) {
		int end = start;
		while (end < text.length()) {
			int c = text.codePointAt(end);
			if (!Character.isLetter(c)) {
				break;
			}
			end += Character.charCount(c);
		}
		return end;
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

	/** Scores one Latin-script word; returns 1 when it is a function word. */
	private static double scoreLatin(String word, double[] latin) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (isElision(lower)) {
			add(latin, Language.FRENCH, 1);
			return 1;
		}
		Language[] languages = FUNCTION_WORDS.get(lower);
		if (languages == null) {
			return 0;
		}
		for (Language language : languages) {
			add(latin, language, 1);
		}
		return 1;
	}

	/**
	 * Each function word, with the languages it tells (none for the shared ones):
	 * one look-up a word.
	 */
	private static Map<String, Language[]> functionWords() {
		Map<String, Language[]> words = new HashMap<>();
		FunctionWords.SHARED.forEach((word) -> words.put(word, new Language[0]));
		for (Language language : Language.values()) {
			for (String word : FunctionWords.DISTINCT.getOrDefault(language, Set.of())) {
				Language[] before = words.getOrDefault(word, new Language[0]);
				Language[] after = Arrays.copyOf(before, before.length + 1);
				after[before.length] = language;
				words.put(word, after);
			}
		}
		return words;
	}

	/** The language with the most weight, if it has enough and clearly leads. */
	private static Language leader(double[] weights, double minimum) {
		Language first = null;
		double best = 0;
		double second = 0;
		for (Language language : LANGUAGES) {
			double weight = weights[language.ordinal()];
			if (weight > best) {
				second = best;
				best = weight;
				first = language;
			} else if (weight > second) {
				second = weight;
			}
		}
		return (best >= minimum && best >= LEAD * second) ? first : null;
	}

	private static int hanCount(String text, int start, int end) {
		int count = 0;
		for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
			if (UnicodeScript.of(text.codePointAt(i)) == UnicodeScript.HAN) {
				count++;
			}
		}
		return count;
	}

	private static int distinctLetters(String text, String letters) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			// every distinct letter, either case, is past the ASCII range: ¡ is U+00A1
			char c = text.charAt(i);
			if (c >= '\u00A1' && letters.indexOf(Character.toLowerCase(c)) >= 0) {
				count++;
			}
		}
		return count;
	}

	/** Whether the text has any letter at all: a scan has none. */
	static boolean hasText(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static void add(double[] weights, Language language, double weight) {
		weights[language.ordinal()] += weight;
	}

}
