package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.langcov.fixtures.HardLanguageFiles;
import org.langcov.fixtures.HardTextFiles;

/**
 * The language of pages as real files have them: turned and letter-spaced text, fonts without Unicode mappings,
 * combining accents, English front matter, and text in none of the six languages.
 */
class LanguageOnRealPagesTests {

	private final PdfInspector inspector = new PdfInspector();

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource({"letter-spaced, ENGLISH", "letter-spaced, FRENCH", "letter-spaced, SPANISH", "rotated, ENGLISH",
			"rotated, FRENCH", "rotated, SPANISH", "turned, ENGLISH", "turned, FRENCH", "turned, SPANISH"})
	void englishExtractedOneLetterAtATimeIsNeverTakenForSpanish(String layout, Language slot) {
		UnaryOperator<Path> write = switch (layout) {
			case "letter-spaced" -> HardLanguageFiles::letterSpacedTable;
			case "rotated" -> HardLanguageFiles::rotatedTable;
			default -> HardLanguageFiles::turnedPage;
		};

		Inspection inspection = this.inspector.inspect(write.apply(pdf()), slot(slot));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detectedLanguage()).isNotEqualTo(Language.SPANISH);
	}

	@ParameterizedTest
	@CsvSource({"RUSSIAN, windows-1251", "ARABIC, windows-1256"})
	void textInAFontWithoutUnicodeMappingsIsReadInTheCodePageOfItsScript(Language language, String charset) {
		Path file = HardTextFiles.codePageText(pdf(), language, charset);

		Inspection inspection = this.inspector.inspect(file, slot(language));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEmpty();
		assertThat(inspection.detectedLanguage()).isEqualTo(language);
	}

	@ParameterizedTest
	@CsvSource({"RUSSIAN, windows-1251, FRENCH", "ARABIC, windows-1256, SPANISH", "RUSSIAN, windows-1251, ENGLISH"})
	void textInAFontWithoutUnicodeMappingsIsNeverJudgedAsLatinScriptText(Language language, String charset,
			Language slot) {
		Path file = HardTextFiles.codePageText(pdf(), language, charset);

		Inspection inspection = this.inspector.inspect(file, slot(slot));

		assertThat(inspection.status()).isEqualTo(Status.WRONG_LANGUAGE);
		assertThat(inspection.detail())
				.isEqualTo("the text is in " + language.displayName() + ", not " + slot.displayName());
	}

	@Test
	void accentsWrittenAsCombiningMarksCountAsTheAccentedLetters() {
		Path file = HardTextFiles.combiningAccents(pdf());

		Inspection french = this.inspector.inspect(file, slot(Language.FRENCH));
		Inspection english = this.inspector.inspect(file, slot(Language.ENGLISH));

		assertThat(french.status()).isEqualTo(Status.AVAILABLE);
		assertThat(french.detectedLanguage()).isEqualTo(Language.FRENCH);
		assertThat(english.status()).isEqualTo(Status.WRONG_LANGUAGE);
		assertThat(english.detail()).isEqualTo("the text is in French, not English");
	}

	@Test
	void aTranslationWhoseFirstPageIsEnglishFrontMatterIsJudgedOnItsBody() {
		Path file = HardLanguageFiles.englishFrontMatter(pdf());

		Inspection english = this.inspector.inspect(file, slot(Language.ENGLISH));
		Inspection french = this.inspector.inspect(file, slot(Language.FRENCH));

		assertThat(english.status()).isEqualTo(Status.WRONG_LANGUAGE);
		assertThat(english.detail()).isEqualTo("the text is in French, not English");
		assertThat(french.status()).isEqualTo(Status.AVAILABLE);
		assertThat(french.detectedLanguage()).isEqualTo(Language.FRENCH);
	}

	@ParameterizedTest
	@CsvSource({"de", "cs", "la", "ja"})
	void textInNoneOfTheSixLanguagesSaysSo(String iso) {
		Path file = HardLanguageFiles.noneOfTheSix(pdf(), iso);

		Inspection inspection = this.inspector.inspect(file, slot(Language.ENGLISH));

		assertThat(inspection.status()).isEqualTo(Status.WRONG_LANGUAGE);
		assertThat(inspection.detail()).isEqualTo("the text is in none of the six languages, not English");
		assertThat(inspection.detectedLanguage()).isNull();
	}

	@Test
	void japaneseIsNotChinese() {
		Path file = HardLanguageFiles.noneOfTheSix(pdf(), "ja");

		Inspection inspection = this.inspector.inspect(file, slot(Language.CHINESE));

		assertThat(inspection.status()).isEqualTo(Status.WRONG_LANGUAGE);
		assertThat(inspection.detail()).isEqualTo("the text is in none of the six languages, not Chinese");
	}

	@Test
	void textInNoneOfTheSixIsNoMistakeWithoutASlot() {
		Inspection inspection = this.inspector.inspect(HardLanguageFiles.noneOfTheSix(pdf(), "de"));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detectedLanguage()).isNull();
	}

	private static Expected slot(Language language) {
		return new Expected(List.of(HardTextFiles.SYMBOL), language);
	}

	private Path pdf() {
		return this.folder.resolve("file.pdf");
	}

}
