package org.langcov.register;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.langcov.vocabulary.Language;

/**
 * Reads the languages a document is expected in, as people write them in a register's Languages cell or a job file's
 * {@code languages} key.
 * <p>
 * Understood: letters ({@code ACEFRS}, {@code A C E F R S}, {@code E/F/S}), ISO codes ({@code en, fr}), English names
 * ({@code English, French}), {@code all}, and any of these followed (or preceded) by {@code only}
 * ({@code English only}, {@code ENGLISH ONLY}). Case does not matter except to settle the one real ambiguity: a single
 * token that could be letters or an ISO code.
 * <ul>
 * <li>A single token in upper case made only of language letters is letters: {@code AR} is Arabic and Russian,
 * {@code ES} English and Spanish, as in a column of {@code ACEFRS} cells.</li>
 * <li>Any other two-character token that is an ISO code is that code: {@code EN} (N is not a language letter),
 * {@code ZH}, {@code ar}, {@code es}, {@code Fr}.</li>
 * <li>Any other single token of language letters in lower case is letters: {@code acefrs}, {@code e}.</li>
 * <li>In a list with separators (spaces, {@code ,} {@code ;} {@code /} {@code +} {@code &} or the word {@code and}), a
 * one-character token is a letter and a longer one an ISO code or a name: {@code AR, FR} is Arabic and French.</li>
 * </ul>
 */
public final class LanguagesCell {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;/+&|]+");

	private static final Pattern ONLY = Pattern.compile("(?i)^(?:only\\s+)?(.*?)(?:[\\s,;\\-]+only\\.?)?$");

	private static final String LETTERS = "ACEFRS";

	private LanguagesCell() {
	}

	/**
	 * The languages the text names, or empty when it is blank or not understood.
	 */
	public static Optional<Set<Language>> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String cell = RegisterRow.NO_BREAK_SPACES.matcher(text).replaceAll(" ").strip();
		var only = ONLY.matcher(cell);
		if (only.matches()) {
			cell = only.group(1).strip();
		}
		if (cell.equalsIgnoreCase("all") || cell.equalsIgnoreCase("all languages")) {
			return Optional.of(EnumSet.allOf(Language.class));
		}
		List<String> tokens = new ArrayList<>();
		for (String token : SEPARATORS.split(cell)) {
			if (!token.isEmpty() && !token.equalsIgnoreCase("and")) {
				tokens.add(token);
			}
		}
		if (tokens.isEmpty()) {
			return Optional.empty();
		}
		return tokens.size() == 1 ? single(tokens.get(0)) : list(tokens);
	}

	private static Optional<Set<Language>> single(String token) {
		Optional<Language> named = Language.ofName(token);
		if (named.isPresent()) {
			return Optional.of(EnumSet.of(named.get()));
		}
		if (token.equals(token.toUpperCase(Locale.ROOT)) && isLetters(token)) {
			return letters(token);
		}
		if (token.length() == 2 && Language.ofIso(token).isPresent()) {
			return Optional.of(EnumSet.of(Language.ofIso(token).get()));
		}
		return isLetters(token) ? letters(token) : Optional.empty();
	}

	private static Optional<Set<Language>> list(List<String> tokens) {
		EnumSet<Language> languages = EnumSet.noneOf(Language.class);
		for (String token : tokens) {
			Optional<Language> language = (token.length() == 1)
					? Language.ofLetter(token.charAt(0))
					: Language.ofIso(token).or(() -> Language.ofName(token));
			if (language.isEmpty()) {
				return Optional.empty();
			}
			languages.add(language.get());
		}
		return Optional.of(languages);
	}

	private static boolean isLetters(String token) {
		return token.chars().allMatch(c -> LETTERS.indexOf(Character.toUpperCase(c)) >= 0);
	}

	private static Optional<Set<Language>> letters(String token) {
		EnumSet<Language> languages = EnumSet.noneOf(Language.class);
		token.chars().forEach(c -> languages.add(Language.ofLetter((char) c).orElseThrow()));
		return Optional.of(languages);
	}

}
