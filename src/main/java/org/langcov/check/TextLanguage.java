package org.langcov.check;

import org.langcov.vocabulary.Language;

/**
 * What a text says of its language: one of the six, clearly none of them, not clear, or not readable as text at all.
 *
 * @param kind
 *            which of these it is
 * @param language
 *            the language, for {@link Kind#LANGUAGE} only
 * @param reason
 *            why the text cannot be read, for {@link Kind#NOT_READABLE} only
 */
record TextLanguage(Kind kind, Language language, String reason) {

	static final TextLanguage UNCLEAR = new TextLanguage(Kind.UNCLEAR, null, null);

	static final TextLanguage NONE_OF_THE_SIX = new TextLanguage(Kind.NONE_OF_THE_SIX, null, null);

	/** {@code language}, or {@link #UNCLEAR} when it is {@code null}. */
	static TextLanguage of(Language language) {
		return (language != null) ? new TextLanguage(Kind.LANGUAGE, language, null) : UNCLEAR;
	}

	static TextLanguage notReadable(String reason) {
		return new TextLanguage(Kind.NOT_READABLE, null, reason);
	}

	/** Whether the text said anything: all but {@link #UNCLEAR}. */
	boolean decided() {
		return this.kind != Kind.UNCLEAR;
	}

	/** The kinds of answer. */
	enum Kind {

		/** Clearly one of the six. */
		LANGUAGE,

		/** Clearly running text, in none of the six. */
		NONE_OF_THE_SIX,

		/** Too little text, or text too mixed, to say. */
		UNCLEAR,

		/** Letters that are not the text's own: a font without Unicode mappings. */
		NOT_READABLE

	}

}
