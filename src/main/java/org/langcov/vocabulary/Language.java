package org.langcov.vocabulary;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The six official languages, always in the order A C E F R S. */
public enum Language {

	ARABIC('A', "AR", "Arabic"), CHINESE('C', "ZH", "Chinese"), ENGLISH('E', "EN", "English"), FRENCH('F', "FR",
			"French"), RUSSIAN('R', "RU", "Russian"), SPANISH('S', "ES", "Spanish");

	private final char letter;

	private final String iso;

	private final String displayName;

	Language(char letter, String iso, String displayName) {
		this.letter = letter;
		this.iso = iso;
		this.displayName = displayName;
	}

	/** The UN letter: {@code A} ... {@code S}. */
	public char letter() {
		return this.letter;
	}

	/** The ISO 639-1 code in upper case: {@code AR ZH EN FR RU ES}. */
	public String iso() {
		return this.iso;
	}

	/** The English name: {@code Arabic} ... {@code Spanish}. */
	public String displayName() {
		return this.displayName;
	}

	public static Optional<Language> ofLetter(char letter) {
		char upper = Character.toUpperCase(letter);
		for (Language language : values()) {
			if (language.letter == upper) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	/**
	 * The languages named by letters such as {@code ACEFRS} or {@code E}, in A C E F R S order; spaces are ignored.
	 * 
	 * @throws IllegalArgumentException
	 *             naming the first character that is not a language
	 */
	public static Set<Language> ofLetters(String letters) {
		EnumSet<Language> languages = EnumSet.noneOf(Language.class);
		for (char c : letters.toCharArray()) {
			if (!Character.isWhitespace(c)) {
				languages.add(ofLetter(c).orElseThrow(
						() -> new IllegalArgumentException("'" + c + "' is not a language letter (A C E F R S)")));
			}
		}
		return languages;
	}

	public static Optional<Language> ofIso(String code) {
		for (Language language : values()) {
			if (language.iso.equalsIgnoreCase(code)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	public static Optional<Language> ofName(String name) {
		for (Language language : values()) {
			if (language.displayName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
