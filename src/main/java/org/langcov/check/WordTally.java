package org.langcov.check;

import org.langcov.vocabulary.Language;

import java.lang.Character.UnicodeScript;
import java.util.Locale;

/**
 * The words of a text counted for {@link LanguageIdentifier}: by script, and for the Latin script by the function words
 * of each {@link LatinLanguage}.
 * <p>
 * Letter-spaced and rotated text ({@link SpacedText}) is not running text, and is not counted in the Latin script.
 * One-letter words outside it are counted apart, so that no verdict rests on them alone. Latin-script words made mostly
 * of the letters of Latin-1 ({@code Ïðàêòèêóì}) are counted as the signs of text in a font without Unicode mappings.
 */
final class WordTally {

	/** Index of the scripts none of the six is written in, in {@link #scripts}. */
	static final int OTHER_SCRIPT = Language.values().length;

	private static final LatinLanguage[] LATIN = LatinLanguage.values();

	/**
	 * Words in each script, by the index of its language (Latin under English, as function words; other scripts under
	 * {@link #OTHER_SCRIPT}), Han and kana apart.
	 */
	final double[] scripts = new double[OTHER_SCRIPT + 1];

	/**
	 * Function words of each Latin-script language, in words of two letters or more.
	 */
	final double[] longWords = new double[LATIN.length];

	/** Function words of each Latin-script language that are one letter long. */
	final double[] oneLetter = new double[LATIN.length];

	/** Latin-script function words of all kinds, the shared ones included. */
	double functionWords;

	/** Those of English, French and Spanish, the shared ones included. */
	double sixFunctionWords;

	/** Latin-script words of two letters or more. */
	int latinWords;

	/** Latin-script words made (almost) only of Latin-1 letters. */
	int latin1Words;

	/** The first such word of four letters or more, to show in a detail. */
	String latin1Sample;

	/**
	 * Arabic-script words (counted under Arabic too) with a letter of Persian or Urdu.
	 */
	int persianOrUrdu;

	int han;

	/** Hiragana and katakana characters. */
	int kana;

	private final String text;

	/** Its characters, which the counts look at one by one. */
	private final char[] chars;

	/** Letter-spaced and rotated text, and the one-letter words outside it. */
	private final SpacedText spaced;

	private WordTally(String text) {
		this.text = text;
		this.chars = text.toCharArray();
		this.spaced = new SpacedText(this.chars, this::countOneLetter);
	}

	/** Counts the words of {@code text}, symbols and job numbers taken out. */
	static WordTally of(String text) {
		WordTally tally = new WordTally(text);
		Words.eachWord(tally.chars, tally::word);
		tally.spaced.endRun();
		return tally;
	}

	private void word(int start, int end) {
		int first = Character.codePointAt(this.chars, start);
		UnicodeScript script = (first < 0x80) ? UnicodeScript.LATIN : UnicodeScript.of(first);
		if (script == UnicodeScript.LATIN) {
			if (!this.spaced.isRotated(start)) {
				latinWord(start, end);
			}
		} else {
			this.spaced.endRun();
			switch (script) {
				case ARABIC -> arabicScriptWord(start, end);
				case CYRILLIC -> this.scripts[Language.RUSSIAN.ordinal()]++;
				case HAN, HIRAGANA, KATAKANA -> countIdeographs(start, end);
				case COMMON, INHERITED, UNKNOWN -> {
				}
				default -> this.scripts[OTHER_SCRIPT]++;
			}
		}
		this.spaced.wordEnded(end);
	}

	/**
	 * An Arabic-script word; one with a letter that Persian and Urdu write and Arabic does not
	 * ({@code پ چ ژ گ ک ی ٹ ڈ ڑ ں ھ ہ ے}) is counted apart.
	 */
	private void arabicScriptWord(int start, int end) {
		this.scripts[Language.ARABIC.ordinal()]++;
		for (int i = start; i < end; i++) {
			char c = this.chars[i];
			// most Arabic letters come before the first of them
			if (c >= PERSIAN_AND_URDU_FIRST && PERSIAN_AND_URDU.indexOf(c) >= 0) {
				this.persianOrUrdu++;
				return;
			}
		}
	}

	private static final String PERSIAN_AND_URDU = "\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2";

	/** The first of them in Unicode's order: {@code ٹ}. */
	private static final char PERSIAN_AND_URDU_FIRST = '\u0679';

	private void latinWord(int start, int end) {
		boolean oneLetter = end - start == Character.charCount(Character.codePointAt(this.chars, start));
		if (!oneLetter) {
			this.spaced.endRun();
			this.latinWords++;
			score(this.text.substring(start, end), this.longWords);
			countLatin1(start, end);
			return;
		}
		this.spaced.oneLetter(start);
	}

	/** A one-letter word outside letter-spaced text, at {@code start}. */
	private void countOneLetter(int start) {
		score(this.text.substring(start, start + Character.charCount(Character.codePointAt(this.chars, start))),
				this.oneLetter);
	}

	private void score(String word, double[] into) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (Words.isElision(lower)) {
			into[LatinLanguage.FRENCH.ordinal()]++;
			this.functionWords++;
			this.sixFunctionWords++;
			return;
		}
		LatinLanguage[] languages = FunctionWords.languagesOf(lower);
		if (languages != null) {
			boolean six = languages.length == 0;
			for (LatinLanguage language : languages) {
				into[language.ordinal()]++;
				six |= language.official() != null;
			}
			this.functionWords++;
			this.sixFunctionWords += six ? 1 : 0;
		}
	}

	private void countLatin1(int start, int end) {
		int latin1 = 0;
		for (int i = start; i < end; i++) {
			char c = this.chars[i];
			if (c >= '\u00C0' && c <= '\u00FF' && Character.isLetter(c)) {
				latin1++;
			}
		}
		// such words are all Latin-1 letters; French and Spanish ones, été or él, are not
		if (latin1 > 0 && 5 * latin1 >= 4 * (end - start)) {
			this.latin1Words++;
			if (this.latin1Sample == null && end - start >= 4) {
				this.latin1Sample = this.text.substring(start, end);
			}
		}
	}

	private void countIdeographs(int start, int end) {
		for (int i = start; i < end;) {
			int c = Character.codePointAt(this.chars, i);
			UnicodeScript script = UnicodeScript.of(c);
			if (script == UnicodeScript.HAN) {
				this.han++;
			} else if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
				this.kana++;
			}
			i += Character.charCount(c);
		}
	}

	/**
	 * How often each Latin-script language's distinct letters occur in the text.
	 */
	double[] distinctLetters() {
		return FunctionWords.distinctLetters(this.chars);
	}

}
