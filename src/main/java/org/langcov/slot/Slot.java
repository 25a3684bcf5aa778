package org.langcov.slot;

import org.langcov.vocabulary.Language;

import java.util.List;

/**
 * One (document, language) pair of a run, staged for inspection.
 *
 * @param run
 *            the run it belongs to
 * @param seq
 *            its place in the run: register order, then language order
 * @param symbols
 *            the document's symbols, the primary first
 * @param language
 *            the slot's language
 * @param expected
 *            whether the language is expected for the document
 * @param location
 *            where its file is, relative to the store (may hold {@code *})
 */
public record Slot(long run, int seq, List<String> symbols, Language language, boolean expected, String location) {

	/** Slots are numbered by document, then language: six numbers per document. */
	public static int seq(int documentSeq, Language language) {
		return documentSeq * 6 + language.ordinal();
	}

	public int documentSeq() {
		return this.seq / 6;
	}

	public String primarySymbol() {
		return this.symbols.get(0);
	}

}
