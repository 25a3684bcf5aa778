package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.langcov.vocabulary.Language.ARABIC;
import static org.langcov.vocabulary.Language.CHINESE;
import static org.langcov.vocabulary.Language.ENGLISH;
import static org.langcov.vocabulary.Language.FRENCH;
import static org.langcov.vocabulary.Language.RUSSIAN;
import static org.langcov.vocabulary.Language.SPANISH;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.langcov.vocabulary.Language;

class LanguagesCellTests {

	@Test
	void lettersTogether() {
		assertThat(parse("ACEFRS")).isEqualTo(EnumSet.allOf(Language.class));
		assertThat(parse("EFS")).containsExactly(ENGLISH, FRENCH, SPANISH);
		assertThat(parse("E")).containsExactly(ENGLISH);
	}

	@Test
	void lettersSeparatedBySpacesSlashesOrCommas() {
		assertThat(parse("A C E F R S")).isEqualTo(EnumSet.allOf(Language.class));
		assertThat(parse("E/F/S")).containsExactly(ENGLISH, FRENCH, SPANISH);
		assertThat(parse("e, f; s")).containsExactly(ENGLISH, FRENCH, SPANISH);
		assertThat(parse("E\u00A0F")).containsExactly(ENGLISH, FRENCH);
	}

	@Test
	void isoCodes() {
		assertThat(parse("en, fr")).containsExactly(ENGLISH, FRENCH);
		assertThat(parse("AR ZH EN FR RU ES")).isEqualTo(EnumSet.allOf(Language.class));
		assertThat(parse("zh")).containsExactly(CHINESE);
	}

	@Test
	void englishNames() {
		assertThat(parse("English, French")).containsExactly(ENGLISH, FRENCH);
		assertThat(parse("arabic/chinese/russian")).containsExactly(ARABIC, CHINESE, RUSSIAN);
		assertThat(parse("English and Spanish")).containsExactly(ENGLISH, SPANISH);
		assertThat(parse("Spanish")).containsExactly(SPANISH);
	}

	@Test
	void allMeansTheSixLanguages() {
		assertThat(parse("all")).isEqualTo(EnumSet.allOf(Language.class));
		assertThat(parse(" ALL ")).isEqualTo(EnumSet.allOf(Language.class));
		assertThat(parse("All languages")).isEqualTo(EnumSet.allOf(Language.class));
	}

	@Test
	void aTrailingOrLeadingOnlyIsIgnored() {
		assertThat(parse("English only")).containsExactly(ENGLISH);
		assertThat(parse("ENGLISH ONLY")).containsExactly(ENGLISH);
		assertThat(parse("E only")).containsExactly(ENGLISH);
		assertThat(parse("English-only")).containsExactly(ENGLISH);
		assertThat(parse("English, French only")).containsExactly(ENGLISH, FRENCH);
		assertThat(parse("only en")).containsExactly(ENGLISH);
	}

	@Test
	void aSingleUpperCaseTokenOfLanguageLettersIsLetters() {
		assertThat(parse("AR")).containsExactly(ARABIC, RUSSIAN);
		assertThat(parse("ES")).containsExactly(ENGLISH, SPANISH);
		assertThat(parse("FR")).containsExactly(FRENCH, RUSSIAN);
	}

	@Test
	void aSingleTwoLetterTokenThatIsNotAllLanguageLettersIsAnIsoCode() {
		assertThat(parse("EN")).containsExactly(ENGLISH);
		assertThat(parse("ZH")).containsExactly(CHINESE);
		assertThat(parse("RU")).containsExactly(RUSSIAN);
	}

	@Test
	void aSingleLowerOrMixedCaseTwoLetterTokenIsAnIsoCode() {
		assertThat(parse("ar")).containsExactly(ARABIC);
		assertThat(parse("es")).containsExactly(SPANISH);
		assertThat(parse("Fr")).containsExactly(FRENCH);
	}

	@Test
	void aSingleLowerCaseTokenThatIsNoCodeIsLetters() {
		assertThat(parse("acefrs")).isEqualTo(EnumSet.allOf(Language.class));
		assertThat(parse("e")).containsExactly(ENGLISH);
		assertThat(parse("ef")).containsExactly(ENGLISH, FRENCH);
	}

	@Test
	void inAListLongerTokensAreCodesOrNames() {
		assertThat(parse("AR, FR")).containsExactly(ARABIC, FRENCH);
		assertThat(parse("E, fr, Spanish")).containsExactly(ENGLISH, FRENCH, SPANISH);
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "  ", "only", "X", "EX", "ACEFRSX", "German", "en, de", "E F G", "EF, S", "none", "yes",
			"-", "E-F", "ACEFRS?"})
	void garbageIsNotUnderstood(String text) {
		assertThat(LanguagesCell.parse(text)).isEmpty();
	}

	@Test
	void nothingIsNotUnderstood() {
		assertThat(LanguagesCell.parse(null)).isEmpty();
	}

	private static Set<Language> parse(String text) {
		return LanguagesCell.parse(text).orElseThrow(() -> new AssertionError("not understood: " + text));
	}

}
