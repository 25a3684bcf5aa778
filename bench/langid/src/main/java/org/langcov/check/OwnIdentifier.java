package org.langcov.check;

import org.langcov.vocabulary.Language;

/** langcov's identifier, reachable from the comparison. */
public final class OwnIdentifier {

	private OwnIdentifier() {
	}

	/** The ISO code of the language, or {@code null} when it is not clear. */
	public static String identify(String text) {
		Language language = LanguageIdentifier.identify(text);
		return (language != null) ? language.iso() : null;
	}

}
