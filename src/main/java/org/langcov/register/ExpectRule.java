package org.langcov.register;

import java.util.Set;
import java.util.regex.Pattern;

import org.langcov.vocabulary.Language;

/**
 * A job file's rule: documents whose primary symbol matches the glob are expected in these languages. {@code *} matches
 * any characters, {@code /} included; case does not matter, as it does not in symbols.
 */
public record ExpectRule(String symbols, Set<Language> languages) {

	public boolean matches(String primarySymbol) {
		return Pattern.compile(toRegex(this.symbols), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(primarySymbol).matches();
	}

	private static String toRegex(String glob) {
		StringBuilder regex = new StringBuilder();
		for (String part : glob.split("\\*", -1)) {
			if (!regex.isEmpty()) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(part));
		}
		return regex.toString();
	}

}
