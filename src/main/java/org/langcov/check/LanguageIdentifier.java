package org.langcov.check;

import org.langcov.vocabulary.Language;

/**
 * Tells which of the six languages a text is in, that it is in none of them, or that it cannot tell.
 * <p>
 * Arabic, Chinese and Russian are told by their scripts. English, French and Spanish share one, and are told by their
 * {@link FunctionWords} ({@link LatinVerdict}). The two are weighed against each other in words of running text,
 * estimated for the Latin script from its function words: the Latin-script mastheads and job numbers printed on Arabic,
 * Chinese and Russian pages ({@code Distr.: General}, {@code Original: English}, {@code V.14-01234 (A)}) hold none, so
 * they weigh nothing. A language is named only when it clearly leads; too little text names none.
 * <p>
 * Text is called none of the six only when it is clearly running text in another language: Japanese (kana in quantity),
 * another script such as Greek or Korean, or many Latin-script words with the function words of German, Czech or Latin
 * and few of English, French or Spanish. Tables, lists of names and mastheads have none of these. Text in a font
 * without Unicode mappings ({@link Mojibake}) is never judged as Latin-script text: it is read in the code page of a
 * script of the six when that gives real words, and is not readable otherwise.
 */
final class LanguageIdentifier {

	/** Words of running text below which nothing is decided: a title or two. */
	static final int MIN_WORDS = 15;

	/** One function word in this many running words, in E, F and S alike. */
	private static final double WORDS_PER_FUNCTION_WORD = 2.5;

	/** Characters of Chinese per word, to weigh Han characters as words. */
	private static final double HAN_PER_WORD = 1.7;

	/**
	 * Words of another script, or Latin-script words, below which text is never called none of the six.
	 */
	private static final int MIN_OTHER_WORDS = 30;

	/**
	 * The least share of Arabic-script words with a letter of Persian or Urdu that makes the text Persian or Urdu:
	 * Arabic text has none, but for a foreign name.
	 */
	private static final double PERSIAN_SHARE = 0.1;

	/** Kana, and their least share of the ideographs, that make text Japanese. */
	private static final int MIN_KANA = 20;

	private static final double KANA_SHARE = 0.2;

	/** Latin-1 words (mojibake) needed, and their least share of all words. */
	private static final int MIN_LATIN1_WORDS = 10;

	private static final double LATIN1_SHARE = 0.5;

	private static final Language[] LANGUAGES = Language.values();

	private LanguageIdentifier() {
	}

	/**
	 * The language of {@code text}, or {@code null} when it is not clearly one of the six.
	 */
	static Language identify(String text) {
		return judge(text).language();
	}

	/** What {@code text} says of its language. */
	static TextLanguage judge(String text) {
		return judge(Words.composed(SymbolBlanking.withoutSymbols(PageSymbols.clean(text))), true);
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
		TextLanguage latin = LatinVerdict.of(tally);
		// German, Czech and Latin function words weigh only in text of none of the six: they take nothing from an
		// Arabic, Chinese or Russian page citing German names
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
		int script = Leader.of(words, MIN_WORDS, null);
		if (script == WordTally.OTHER_SCRIPT) {
			return (words[script] >= MIN_OTHER_WORDS) ? TextLanguage.NONE_OF_THE_SIX : TextLanguage.UNCLEAR;
		}
		if (script != Language.ENGLISH.ordinal()) {
			return TextLanguage.of((script >= 0) ? LANGUAGES[script] : null);
		}
		return latin;
	}

	/**
	 * Whether the text is mostly Latin-script words made of Latin-1 letters, as a font without Unicode mappings gives
	 * them.
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

}
