package org.langcov.check;

import org.langcov.vocabulary.Language;

/**
 * Tells which of the six languages a text is in, that it is in none of them, or
 * that it cannot tell.
 * <p>
 * Arabic, Chinese and Russian are told by their scripts. English, French and
 * Spanish share one, and are told by their {@link FunctionWords}. The two are
 * weighed against each other in words of running text, estimated for the Latin
 * script from its function words: the Latin-script mastheads and job numbers
 * printed on Arabic, Chinese and Russian pages ({@code Distr.: General},
 * {@code Original: English}, {@code V.14-01234 (A)}) hold none, so they weigh
 * nothing. A language is named only when it clearly leads; too little text
 * names none.
 * <p>
 * Text is called none of the six only when it is clearly running text in
 * another language: Japanese (kana in quantity), another script such as Greek
 * or Korean, or many Latin-script words with the function words of German,
 * Czech or Latin and few of English, French or Spanish. Tables, lists of names
 * and mastheads have none of these. Text in a font without Unicode mappings
 * ({@link Mojibake}) is never judged as Latin-script text: it is read in the
 * code page of a script of the six when that gives real words, and is not
 * readable otherwise.
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

	/**
	 * Words of another script, or Latin-script words, below which text is never
	 * called none of the six.
	 */
	private static final int MIN_OTHER_WORDS = 30;

	/** Latin-script words a text needs to be called in none of the six. */
	private static final int MIN_RUNNING_WORDS = 40;

	/** The least share of another language's function words in such a text. */
	private static final double OTHER_SHARE = 0.10;

	/**
	 * The least share of function words among the Latin-script words for a text to
	 * be named English, French or Spanish: some 40 % of running text in each,
	 * hardly any of OCR noise.
	 */
	private static final double SIX_RUNNING_SHARE = 0.12;

	/** The largest share of English, French and Spanish function words in it. */
	private static final double SIX_SHARE = 0.2;

	/**
	 * The least share of Arabic-script words with a letter of Persian or Urdu that
	 * makes the text Persian or Urdu: Arabic text has none, but for a foreign name.
	 */
	private static final double PERSIAN_SHARE = 0.1;

	/** Kana, and their least share of the ideographs, that make text Japanese. */
	private static final int MIN_KANA = 20;

	private static final double KANA_SHARE = 0.2;

	/** Latin-1 words (mojibake) needed, and their least share of all words. */
	private static final int MIN_LATIN1_WORDS = 10;

	private static final double LATIN1_SHARE = 0.5;

	private static final Language[] LANGUAGES = Language.values();

	private static final LatinLanguage[] LATIN = LatinLanguage.values();

	private static final int[] SIX_LATIN = {LatinLanguage.ENGLISH.ordinal(), LatinLanguage.FRENCH.ordinal(),
			LatinLanguage.SPANISH.ordinal()};

	private static final int[] OTHER_LATIN = {LatinLanguage.GERMAN.ordinal(), LatinLanguage.CZECH.ordinal(),
			LatinLanguage.LATIN.ordinal()};

	private LanguageIdentifier() {
	}

	/**
	 * The language of {@code text}, or {@code null} when it is not clearly one of
	 * the six.
	 */
	static Language identify(String text) {
		return judge(text).language();
	}

	/** What {@code text} says of its language. */
	static TextLanguage judge(String text) {
		return judge(Words.composed(Words.withoutSymbols(PageSymbols.clean(text))), true);
	}

	private static TextLanguage judge(String text, boolean mayBeMojibake) {
		WordTally tally = WordTally.of(text);
		if (mayBeMojibake && isMojibake(tally)) {
			return readInCodePage(text, tally);
		}
		double[] words = tally.scripts.clone();
		if (tally.persianOrUrdu >= PERSIAN_SHARE * words[Language.ARABIC.ordinal()] && tally.persianOrUrdu > 0) {
			// Persian and Urdu write most words in letters Arabic has too
			words[WordTally.OTHER_SCRIPT] += words[Language.ARABIC.ordinal()];
			words[Language.ARABIC.ordinal()] = 0;
		}
		TextLanguage latin = latin(tally);
		// German, Czech and Latin function words weigh only in text of none of the six:
		// they take nothing from an Arabic, Chinese or Russian page citing German names
		double functionWords = (latin.kind() == TextLanguage.Kind.NONE_OF_THE_SIX)
				? tally.functionWords
				: tally.sixFunctionWords;
		words[Language.ENGLISH.ordinal()] = functionWords * WORDS_PER_FUNCTION_WORD;
		double ideographs = tally.han + tally.kana;
		if (tally.kana >= MIN_KANA && tally.kana >= KANA_SHARE * ideographs) {
			// Japanese writes Han characters among its kana
			words[WordTally.OTHER_SCRIPT] += ideographs / HAN_PER_WORD;
		} else {
			words[Language.CHINESE.ordinal()] += tally.han / HAN_PER_WORD;
		}
		int script = leader(words, MIN_WORDS, null);
		if (script == WordTally.OTHER_SCRIPT) {
			return (words[script] >= MIN_OTHER_WORDS) ? TextLanguage.NONE_OF_THE_SIX : TextLanguage.UNCLEAR;
		}
		if (script != Language.ENGLISH.ordinal()) {
			return TextLanguage.of((script >= 0) ? LANGUAGES[script] : null);
		}
		return latin;
	}

	/**
	 * English, French or Spanish, told apart by their function words and letters;
	 * or none of the six, when another language's function words clearly lead in
	 * running text.
	 */
	private static TextLanguage latin(WordTally tally) {
		double[] functionWords = new double[LATIN.length];
		for (int i = 0; i < LATIN.length; i++) {
			functionWords[i] = tally.longWords[i] + tally.oneLetter[i];
		}
		// letters do not count here: Czech writes the Spanish á, í, ó, ú
		int other = leader(functionWords, MIN_HITS, OTHER_LATIN);
		if (other >= 0 && functionWords[other] >= LEAD * max(functionWords, SIX_LATIN)
				&& isRunningText(tally, functionWords, other)) {
			return TextLanguage.NONE_OF_THE_SIX;
		}
		double[] letters = tally.distinctLetters();
		double[] weights = new double[LATIN.length];
		for (int i : SIX_LATIN) {
			weights[i] = functionWords[i] + 0.5 * letters[i];
		}
		int six = leader(weights, MIN_HITS, SIX_LATIN);
		if (six < 0 || tally.longWords[six] < MIN_HITS / 2) {
			// no verdict rests on one-letter words or letters alone
			return TextLanguage.UNCLEAR;
		}
		if (tally.sixFunctionWords < SIX_RUNNING_SHARE * tally.latinWords) {
			// words that are hardly ever function words are no running text in these
			// languages: OCR noise, a form's labels, code
			return TextLanguage.UNCLEAR;
		}
		for (int i : SIX_LATIN) {
			if (tally.longWords[i] + 0.5 * letters[i] > tally.longWords[six] + 0.5 * letters[six]) {
				return TextLanguage.UNCLEAR;
			}
		}
		return TextLanguage.of(LATIN[six].official());
	}

	/**
	 * Whether a text led by another Latin-script language is clearly running text
	 * in it: many words, a fair share of them its function words, and few of
	 * English, French or Spanish. A table, a list of names or a masthead is not.
	 */
	private static boolean isRunningText(WordTally tally, double[] functionWords, int other) {
		double six = 0;
		for (int i : SIX_LATIN) {
			six += functionWords[i];
		}
		// not one-letter words alone either: v and s stand in option lists (v10, s-1)
		boolean longWords = tally.longWords[other] >= MIN_HITS && tally.longWords[other] >= tally.oneLetter[other];
		return longWords && tally.latinWords >= MIN_RUNNING_WORDS
				&& functionWords[other] >= OTHER_SHARE * tally.latinWords && six < SIX_SHARE * tally.latinWords;
	}

	/**
	 * Whether the text is mostly Latin-script words made of Latin-1 letters, as a
	 * font without Unicode mappings gives them.
	 */
	private static boolean isMojibake(WordTally tally) {
		double words = tally.latinWords + tally.scripts[Language.ARABIC.ordinal()]
				+ tally.scripts[Language.RUSSIAN.ordinal()] + (tally.han + tally.kana) / HAN_PER_WORD
				+ tally.scripts[WordTally.OTHER_SCRIPT];
		return tally.latin1Words >= MIN_LATIN1_WORDS && tally.latin1Words >= LATIN1_SHARE * words;
	}

	private static TextLanguage readInCodePage(String text, WordTally tally) {
		for (Mojibake.CodePage page : Mojibake.CodePage.values()) {
			String decoded = Mojibake.decode(text, page);
			if (Mojibake.realWords(decoded, page)) {
				return judge(decoded, false);
			}
		}
		return TextLanguage
				.notReadable("a font without Unicode mappings (the text extracts as \"" + tally.latin1Sample + "\")");
	}

	/** Whether the text has any letter at all: a scan has none. */
	static boolean hasText(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	/**
	 * The index with the most weight, if it has {@code minimum} and twice the
	 * weight of the next; among {@code candidates} only, or all when it is
	 * {@code null}; -1 when none clearly leads.
	 */
	private static int leader(double[] weights, double minimum, int[] candidates) {
		int first = -1;
		double best = 0;
		double second = 0;
		int count = (candidates != null) ? candidates.length : weights.length;
		for (int k = 0; k < count; k++) {
			int i = (candidates != null) ? candidates[k] : k;
			double weight = weights[i];
			if (weight > best) {
				second = best;
				best = weight;
				first = i;
			} else if (weight > second) {
				second = weight;
			}
		}
		return (first >= 0 && best >= minimum && best >= LEAD * second) ? first : -1;
	}

	private static double max(double[] weights, int[] candidates) {
		double max = 0;
		for (int i : candidates) {
			max = Math.max(max, weights[i]);
		}
		return max;
	}

}
