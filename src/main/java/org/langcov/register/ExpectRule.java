package org.langcov.register;

import java.util.Set;

import org.langcov.symbol.SymbolGlob;
import org.langcov.vocabulary.Language;

/**
 * A job file's rule: documents whose primary symbol matches the glob are expected in these languages. {@code *} matches
 * any characters, {@code /} included; case does not matter, as it does not in symbols.
 */
public record ExpectRule(String symbols, Set<Language> languages) {

	public boolean matches(String primarySymbol) {
		return SymbolGlob.matches(this.symbols, primarySymbol);
	}

}
