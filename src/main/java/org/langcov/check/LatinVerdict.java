package org.langcov.check;

/**
 * The verdict of {@link LanguageIdentifier} on Latin-script text: English, French or Spanish, told apart by their
 * {@link FunctionWords} and distinct letters; none of the six, when the function words of German, Czech or Latin
 * clearly lead in running text; or unclear, when no verdict would rest on more than a few words, letters or noise.
 */
final class LatinVerdict {

	/** Function-word hits (and distinct letters) needed among E, F and S. */
	private static final double MIN_HITS = 6;

	/** Latin-script words a text needs to be called in none of the six. */
	private static final int MIN_RUNNING_WORDS = 40;

	/** The least share of another language's function words in such a text. */
	private static final double OTHER_SHARE = 0.10;

	/**
	 * The least share of function words among the Latin-script words for a text to be named English, French or Spanish:
	 * some 40 % of running text in each, hardly any of OCR noise.
	 */
	private static final double SIX_RUNNING_SHARE = 0.12;

	/** The largest share of English, French and Spanish function words in it. */
	private static final double SIX_SHARE = 0.2;

	private static final LatinLanguage[] LATIN = LatinLanguage.values();

	private static final int[] SIX_LATIN = {LatinLanguage.ENGLISH.ordinal(), LatinLanguage.FRENCH.ordinal(),
			LatinLanguage.SPANISH.ordinal()};

	private static final int[] OTHER_LATIN = {LatinLanguage.GERMAN.ordinal(), LatinLanguage.CZECH.ordinal(),
			LatinLanguage.LATIN.ordinal()};

	private LatinVerdict() {
	}

	/**
	 * English, French or Spanish, told apart by their function words and letters; or none of the six, when another
	 * language's function words clearly lead in running text.
	 */
	static TextLanguage of(WordTally tally) {
		double[] functionWords = new double[LATIN.length];
		for (int i = 0; i < LATIN.length; i++) {
			functionWords[i] = tally.longWords[i] + tally.oneLetter[i];
		}
		// letters do not count here: Czech writes the Spanish á, í, ó, ú
		int other = Leader.of(functionWords, MIN_HITS, OTHER_LATIN);
		if (other >= 0 && functionWords[other] >= Leader.LEAD * Leader.max(functionWords, SIX_LATIN)
				&& isRunningText(tally, functionWords, other)) {
			return TextLanguage.NONE_OF_THE_SIX;
		}
		if (Leader.max(tally.longWords, SIX_LATIN) < MIN_HITS / 2) {
			// whatever the letters, the leader below would have too few long words: Arabic, Chinese and Russian pages,
			// with no more than a masthead in the Latin script, are spared counting letters
			return TextLanguage.UNCLEAR;
		}
		double[] letters = tally.distinctLetters();
		double[] weights = new double[LATIN.length];
		for (int i : SIX_LATIN) {
			weights[i] = functionWords[i] + 0.5 * letters[i];
		}
		int six = Leader.of(weights, MIN_HITS, SIX_LATIN);
		if (six < 0 || tally.longWords[six] < MIN_HITS / 2) {
			// no verdict rests on one-letter words or letters alone
			return TextLanguage.UNCLEAR;
		}
		if (tally.sixFunctionWords < SIX_RUNNING_SHARE * tally.latinWords) {
			// words that are hardly ever function words are no running text in these languages: OCR noise, a form's
			// labels, code
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
	 * Whether a text led by another Latin-script language is clearly running text in it: many words, a fair share of
	 * them its function words, and few of English, French or Spanish. A table, a list of names or a masthead is not.
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

}
