package org.langcov.check;

import org.langcov.vocabulary.Language;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a slot's file should be: one of the document's symbols on page 1, text in the slot's language.
 *
 * @param symbols
 *            the document's symbols, the primary first (any of them counts)
 * @param language
 *            the slot's language
 */
public record Expected(List<String> symbols, Language language) {

	/** The symbols as {@link PageSymbols} reports them, for comparison. */
	Set<String> keys() {
		return this.symbols.stream().map(PageSymbols::key).collect(Collectors.toSet());
	}

}
