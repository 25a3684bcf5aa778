package org.langcov.check;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
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

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

	/** French elisions: {@code l'ordre}, {@code d'action}, {@code qu'il}. */
	private static final Pattern ELISION = Pattern.compile("(?:[ldnscjmt]|qu)['’][\\p{L}&&[^\\p{Lu}]].*");

	private LanguageIdentifier() {
	}

	/** The language of {@code text}, or {@code null} when it is not clear. */
	static Language identify(String text) {
		String language = NOT_LANGUAGE.matcher(PageSymbols.clean(text)).replaceAll(" ");
		Map<Language, Double> words = new EnumMap<>(Language.class);
		Map<Language, Double> latin = new EnumMap<>(Language.class);
		double latinRunning = 0;
		Matcher matcher = WORD.matcher(language);
		while (matcher.find()) {
			String word = matcher.group();
			UnicodeScript script = UnicodeScript.of(word.codePointAt(0));
			switch (script) {
				case ARABIC -> add(words, Language.ARABIC, 1);
				case CYRILLIC -> add(words, Language.RUSSIAN, 1);
				case HAN -> add(words, Language.CHINESE, hanCount(word) / HAN_PER_WORD);
				case LATIN -> latinRunning += scoreLatin(word, latin);
				default -> {
				}
			}
		}
		// the Latin script's running words stand under ENGLISH until E, F and S are
		// told apart
		add(words, Language.ENGLISH, latinRunning * WORDS_PER_FUNCTION_WORD);
		Language script = leader(words, MIN_WORDS);
		if (script != Language.ENGLISH) {
			return script;
		}
		for (Language candidate : FunctionWords.DISTINCT_LETTERS.keySet()) {
			add(latin, candidate, 0.5 * distinctLetters(language, FunctionWords.DISTINCT_LETTERS.get(candidate)));
		}
		return leader(latin, MIN_HITS);
	}

	/** Scores one Latin-script word; returns 1 when it is a function word. */
	private static double scoreLatin(String word, Map<Language, Double> latin) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (ELISION.matcher(lower).matches()) {
			add(latin, Language.FRENCH, 1);
			return 1;
		}
		double running = FunctionWords.SHARED.contains(lower) ? 1 : 0;
		for (Map.Entry<Language, Set<String>> entry : FunctionWords.DISTINCT.entrySet()) {
			if (entry.getValue().contains(lower)) {
				add(latin, entry.getKey(), 1);
				running = 1;
			}
		}
		return running;
	}

	/** The language with the most weight, if it has enough and clearly leads. */
	private static Language leader(Map<Language, Double> weights, double minimum) {
		Language first = null;
		double best = 0;
		double second = 0;
		for (Map.Entry<Language, Double> entry : weights.entrySet()) {
			if (entry.getValue() > best) {
				second = best;
				best = entry.getValue();
				first = entry.getKey();
			} else if (entry.getValue() > second) {
				second = entry.getValue();
			}
		}
		return (best >= minimum && best >= LEAD * second) ? first : null;
	}

	private static int hanCount(String word) {
		return (int) word.codePoints().filter((c) -> UnicodeScript.of(c) == UnicodeScript.HAN).count();
	}

	private static int distinctLetters(String text, String letters) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (letters.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) {
				count++;
			}
		}
		return count;
	}

	/** Whether the text has any letter at all: a scan has none. */
	static boolean hasText(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static void add(Map<Language, Double> weights, Language language, double weight) {
		weights.merge(language, weight, Double::sum);
	}

}
