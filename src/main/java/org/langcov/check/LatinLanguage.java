package org.langcov.check;

import org.langcov.vocabulary.Language;

/**
 * The languages written in the Latin script that the identifier tells apart by their function words: English, French
 * and Spanish, and three that are none of the six, so that a text in one of them is recognised as such rather than read
 * as a poor English, French or Spanish one: German, Czech, and Latin, the language of placeholder text
 * ({@code Lorem ipsum dolor sit amet}).
 */
enum LatinLanguage {

	ENGLISH(Language.ENGLISH), FRENCH(Language.FRENCH), SPANISH(Language.SPANISH), GERMAN(null), CZECH(null), LATIN(
			null);

	private final Language official;

	LatinLanguage(Language official) {
		this.official = official;
	}

	/** The official language it is, or {@code null} for none of the six. */
	Language official() {
		return this.official;
	}

}
