package org.langcov.job;

import java.util.Set;

import org.langcov.check.Language;

/**
 * A job file's rule: documents whose primary symbol matches the glob are
 * expected in these languages. {@code *} matches any characters, {@code /}
 * included.
 */
public record ExpectRule(String symbols, Set<Language> languages) {

	public boolean matches(String primarySymbol) {
		return primarySymbol.matches(toRegex(this.symbols));
	}

	private static String toRegex(String glob) {
		StringBuilder regex = new StringBuilder();
		for (String part : glob.split("\\*", -1)) {
			if (!regex.isEmpty()) {
				regex.append(".*");
			}
			regex.append(java.util.regex.Pattern.quote(part));
		}
		return regex.toString();
	}

}
