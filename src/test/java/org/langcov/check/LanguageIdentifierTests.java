package org.langcov.check;

import org.langcov.vocabulary.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTests {

	private static final String MASTHEAD = "United Nations E/CN.7/2014/1 Distr.: General 2 January 2014 Original: English"
			+ " ENGLISH ONLY V.14-01234 (E) ";

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ARABIC  | وإذ تسلم بأن مشكلة المخدرات العالمية لا تزال مسؤولية عامة ومشتركة يجب التصدي لها في إطار متعدد الأطراف من خلال تعاون دولي فعال ومعزز
			CHINESE | 认识到世界毒品问题仍是一项共同和分担的责任，必须在多边框架内通过有效和更多的国际合作加以处理
			RUSSIAN | признавая, что мировая проблема наркотиков по-прежнему является общей и совместной ответственностью, которую необходимо решать на многосторонней основе
			ENGLISH | Recognizing that the world drug problem remains a common and shared responsibility that must be addressed in a multilateral setting through effective and increased international cooperation
			FRENCH  | Reconnaissant que le problème mondial de la drogue demeure une responsabilité commune et partagée qui doit être abordée dans un cadre multilatéral grâce à une coopération internationale efficace et renforcée
			SPANISH | Reconociendo que el problema mundial de las drogas sigue siendo una responsabilidad común y compartida que debe abordarse en un marco multilateral mediante una cooperación internacional eficaz y cada vez mayor
			""")
	void aParagraphIsInItsLanguage(Language language, String paragraph) {
		assertThat(LanguageIdentifier.identify(paragraph)).isEqualTo(language);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ARABIC  | إن لجنة المخدرات، إذ تعيد تأكيد الالتزامات التي قطعتها الدول الأعضاء في الإعلان السياسي وخطة العمل بشأن التعاون الدولي
			CHINESE | 重申会员国在其第五十二届会议高级别会议期间通过的政治宣言和行动计划中所作的承诺
			RUSSIAN | вновь подтверждая обязательства, принятые государствами-членами в Политической декларации и Плане действий по международному сотрудничеству
			""")
	void aLatinMastheadDoesNotMakeAnArabicChineseOrRussianPageEnglish(Language language, String paragraph) {
		assertThat(LanguageIdentifier.identify(MASTHEAD + paragraph + " " + MASTHEAD)).isEqualTo(language);
	}

	@Test
	void aMastheadAloneDecidesNothing() {
		assertThat(LanguageIdentifier.identify(MASTHEAD + MASTHEAD)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Strengthening international cooperation in addressing and countering the world drug problem
			Renforcement de la coopération internationale pour aborder et combattre le problème mondial de la drogue
			Fortalecimiento de la cooperación internacional para abordar y contrarrestar el problema mundial
			Провизорная повестка дня
			临时议程
			جدول الأعمال المؤقت
			""")
	void aTitleAloneIsTooLittleTextToDecide(String title) {
		assertThat(LanguageIdentifier.identify(title)).isNull();
	}

	@Test
	void aShortParagraphIsEnough() {
		assertThat(LanguageIdentifier.identify(
				"The Commission will have before it the report of the Executive Director on the activities of the Office."))
				.isEqualTo(Language.ENGLISH);
		assertThat(LanguageIdentifier.identify(
				"La Commission sera saisie du rapport du Directeur exécutif sur les activités de l'Office pour l'année."))
				.isEqualTo(Language.FRENCH);
		assertThat(LanguageIdentifier.identify(
				"La Comisión tendrá ante sí el informe del Director Ejecutivo sobre las actividades de la Oficina y sus resultados."))
				.isEqualTo(Language.SPANISH);
	}

	@Test
	void aFrenchTextQuotingAnEnglishTitleIsStillFrench() {
		String text = "Le rapport intitulé « World Drug Report » est présenté à la Commission, qui en a pris note"
				+ " lors de sa cinquante-septième session et a prié le Secrétariat de le diffuser dans toutes les"
				+ " langues officielles des Nations Unies.";

		assertThat(LanguageIdentifier.identify(text)).isEqualTo(Language.FRENCH);
	}

	@Test
	void halfEnglishHalfFrenchIsNotClear() {
		String english = "The Commission took note of the report and requested the Secretariat to circulate it to all"
				+ " Member States before the next session. ";
		String french = "La Commission a pris note du rapport et a prié le Secrétariat de le diffuser à tous les États"
				+ " Membres avant la prochaine session.";

		assertThat(LanguageIdentifier.identify(english + french)).isNull();
	}

	@Test
	void aScanHasNoTextAndNothingIsDecided() {
		assertThat(LanguageIdentifier.hasText(" \n\f 1 2 ")).isFalse();
		assertThat(LanguageIdentifier.identify("")).isNull();
		assertThat(LanguageIdentifier.hasText("E/CN.7/2014/1")).isTrue();
	}

	private static final String RUSSIAN = "Комиссия по наркотическим средствам, признавая, что мировая проблема"
			+ " наркотиков по-прежнему является общей и совместной ответственностью, которую необходимо решать на"
			+ " многосторонней основе путем эффективного и расширенного международного сотрудничества, и что для"
			+ " этого требуется комплексный и сбалансированный подход к стратегиям сокращения предложения и спроса";

	private static final String ARABIC = "إن لجنة المخدرات، إذ تعيد تأكيد الالتزامات التي قطعتها الدول الأعضاء في"
			+ " الإعلان السياسي وخطة العمل بشأن التعاون الدولي من أجل وضع استراتيجية متكاملة ومتوازنة لمواجهة مشكلة"
			+ " المخدرات العالمية، وإذ تسلم بأن مشكلة المخدرات العالمية لا تزال مسؤولية عامة ومشتركة يجب التصدي لها";

	@Test
	void lettersSpacedOutOrOneToALineAreNotRunningText() {
		String heads = "Number of seizures and quantity seized by region, share of the total, change from the"
				+ " previous year, seizures per million inhabitants";

		assertThat(LanguageIdentifier.identify(heads)).isEqualTo(Language.ENGLISH);
		assertThat(LanguageIdentifier.identify(spacedOut(heads, " "))).isNull();
		assertThat(LanguageIdentifier.identify(spacedOut(heads, "\n"))).isNull();
		assertThat(LanguageIdentifier.identify(spacedOut(heads.toUpperCase(), " "))).isNull();
	}

	@Test
	void linesOfTwoOrThreeLettersAreNotRunningText() {
		// how PDFBox extracts text turned a quarter: a few letters a line
		String turned = "N\num\nbe\nr \nof\n s\nei\nzu\nre\ns\nQ\nua\nnt\nity\n s\nei\nze\nd\nSh\nare\n o\nf t\nhe\n"
				+ " to\nta\nl\nby\n re\ngi\non\n y\nea\nr\n";

		assertThat(LanguageIdentifier.judge(turned.repeat(3)).kind()).isEqualTo(TextLanguage.Kind.UNCLEAR);
	}

	@Test
	void noVerdictRestsOnOneLetterWordsAlone() {
		// one-letter function words apart, not in a run: y and o are Spanish, a and e shared
		String letters = "(y) o, (a) e; y. o: (y) o, a; e. (y) o; y, o. (a) y; o. e, (y) o; a. y: o, y; e.";

		assertThat(LanguageIdentifier.judge(letters + " Africa, Americas, Asia, Europe, Oceania, total").kind())
				.isEqualTo(TextLanguage.Kind.UNCLEAR);
	}

	@Test
	void accentsWrittenAsCombiningMarksCountAsTheAccentedLetters() {
		String note = "À Genève, à Vienne et à Nairobi, le débat a été très animé, même après la clôture. La séance a"
				+ " été levée à midi, après un vote à main levée.";

		assertThat(LanguageIdentifier.identify(note)).isEqualTo(Language.FRENCH);
		assertThat(LanguageIdentifier.identify(Normalizer.normalize(note, Normalizer.Form.NFD)))
				.isEqualTo(Language.FRENCH);
	}

	@Test
	void russianAndArabicInFontsWithoutUnicodeMappingsAreReadInTheirCodePages() {
		assertThat(LanguageIdentifier.identify(latin1(RUSSIAN, "windows-1251"))).isEqualTo(Language.RUSSIAN);
		assertThat(LanguageIdentifier.identify(latin1(ARABIC, "windows-1256"))).isEqualTo(Language.ARABIC);
		assertThat(LanguageIdentifier.identify(MASTHEAD + latin1(RUSSIAN, "windows-1251"))).isEqualTo(Language.RUSSIAN);
	}

	@Test
	void lettersOfNoCodePageOfTheSixAreNotReadable() {
		TextLanguage verdict = LanguageIdentifier.judge(latin1(RUSSIAN, "KOI8-R"));

		assertThat(verdict.kind()).isEqualTo(TextLanguage.Kind.NOT_READABLE);
		assertThat(verdict.reason()).startsWith("a font without Unicode mappings (the text extracts as \"");
	}

	@Test
	void frenchAndSpanishWithManyAccentsAreNotTakenForMojibake() {
		String french = "Élevé à Genève, où été créé ça, à côté, déjà là, très général, après, même, où, à, été.";

		assertThat(LanguageIdentifier.identify(french.repeat(3))).isEqualTo(Language.FRENCH);
	}

	@Test
	void runningTextInNoneOfTheSixSaysSo() throws IOException {
		for (String iso : new String[]{"de", "cs", "la", "ja"}) {
			assertThat(LanguageIdentifier.judge(text(iso)).kind()).as(iso).isEqualTo(TextLanguage.Kind.NONE_OF_THE_SIX);
		}
	}

	@Test
	void aParagraphOfGermanCzechOrLatinIsEnoughButASentenceIsNot() throws IOException {
		for (String iso : new String[]{"de", "cs", "la"}) {
			String sentence = text(iso).substring(0, text(iso).indexOf('.') + 1);
			assertThat(LanguageIdentifier.judge(sentence).kind()).as(iso).isNotEqualTo(TextLanguage.Kind.LANGUAGE)
					.isNotEqualTo(TextLanguage.Kind.NONE_OF_THE_SIX);
		}
	}

	@Test
	void namesTablesAndQuotationsOnUnPagesAreNeverNoneOfTheSix() {
		String participants = """
				List of participants
				Austria: Mr. Hans Müller, Federal Ministry of the Interior; Ms. Brigitte Schäfer-Groß, Federal Ministry of Health
				Czechia: Mr. Jiří Dvořák, Ministry of Health; Ms. Zuzana Nováková, Police Presidium; Mr. Tomáš Kříž
				Germany: Mr. Klaus-Dieter von der Heide, Bundeskriminalamt; Ms. Jürgen Weiß, Auswärtiges Amt
				Poland: Ms. Małgorzata Wiśniewska, Krajowe Biuro do Spraw Przeciwdziałania Narkomanii
				Switzerland: Mr. Jean-Luc Müller, Bundesamt für Gesundheit; Ms. Ursula Zürcher-Brändli
				""";
		String countries = "Afghanistan 1 234 Albania 56 Algeria 789 Andorra 12 Angola 345 Argentina 6 789 Armenia 12"
				+ " Australia 3 456 Austria 78 Azerbaijan 901 Bahamas 23 Bahrain 4 Bangladesh 567 Barbados 8"
				+ " Belarus 90 Belgium 1 234 Belize 5 Benin 67 Bhutan 8 Bolivia 901 Botswana 23 Brazil 4 567"
				+ " Brunei Darussalam 8 Bulgaria 90 Burkina Faso 12 Burundi 3 Cabo Verde 4 Cambodia 56";
		String quoting = "The Commission took note of the report on the Betäubungsmittelgesetz (Gesetz über den"
				+ " Verkehr mit Betäubungsmitteln) of Germany and of the Zákon o návykových látkách of Czechia,"
				+ " which were submitted by the Governments of those States for the information of the Commission.";

		assertThat(LanguageIdentifier.judge(participants).kind()).isNotEqualTo(TextLanguage.Kind.NONE_OF_THE_SIX);
		assertThat(LanguageIdentifier.judge(countries).kind()).isNotEqualTo(TextLanguage.Kind.NONE_OF_THE_SIX);
		assertThat(LanguageIdentifier.identify(quoting)).isEqualTo(Language.ENGLISH);
		assertThat(LanguageIdentifier.judge(MASTHEAD.repeat(5)).kind()).isEqualTo(TextLanguage.Kind.UNCLEAR);
	}

	@Test
	void oneLetterWordsOfAnotherLanguageMakeNoneOfTheSixEither() {
		// as in an English manual page: v and s are Czech words
		String options = "[march=v0_v10 | march=v10 | march=v32 | march=common_v10_v32] [s-1CFLAGSs0] [s-1LDFLAGSs0]";

		assertThat(LanguageIdentifier.judge(options.repeat(6)).kind()).isEqualTo(TextLanguage.Kind.UNCLEAR);
	}

	@Test
	void germanOrLatinNamesOnARussianPageLeaveItRussian() {
		String references = " См.: Die Drogenpolitik der Europäischen Union und der Mitgliedstaaten, sed ut perspiciatis"
				+ " (Berlin, 2013); Über die Kontrolle der Suchtstoffe und psychotropen Stoffe (Wien, 2012).";

		assertThat(LanguageIdentifier.identify(RUSSIAN + references)).isEqualTo(Language.RUSSIAN);
	}

	@Test
	void chineseWithAFewKanaIsStillChinese() {
		String chinese = "认识到世界毒品问题仍是一项共同和分担的责任，必须在多边框架内通过有效和更多的国际合作加以处理，" + "日本代表团团长ヤマダ先生和スズキ女士出席了会议";

		assertThat(LanguageIdentifier.identify(chinese)).isEqualTo(Language.CHINESE);
	}

	/**
	 * The text's letters with {@code separator} between them, and two between words.
	 */
	private static String spacedOut(String text, String separator) {
		return Arrays.stream(text.split(" ")).map((word) -> String.join(separator, word.split("")))
				.collect(Collectors.joining(separator + separator));
	}

	/**
	 * The text as a font without Unicode mappings in {@code charset} extracts it.
	 */
	private static String latin1(String text, String charset) {
		return new String(text.getBytes(Charset.forName(charset)), Charset.forName("windows-1252"));
	}

	/** The running text of a fixture text in none of the six. */
	private static String text(String iso) throws IOException {
		try (InputStream in = LanguageIdentifierTests.class
				.getResourceAsStream("/org/langcov/fixtures/text-" + iso + ".txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.filter((line) -> !line.startsWith("#") && !line.startsWith("title:"))
					.collect(Collectors.joining("\n"));
		}
	}

	@Test
	void urduInTheArabicScriptIsInNoneOfTheSix() {
		String urdu = ("تمام انسان آزاد اور حقوق و عزت کے اعتبار سے برابر پیدا ہوئے ہیں۔ انہیں ضمیر اور عقل ودیعت ہوئی ہے۔"
				+ " اس لئے انہیں ایک دوسرے کے ساتھ بھائی چارے کا سلوک کرنا چاہیئے۔ ").repeat(2);

		assertThat(LanguageIdentifier.judge(urdu)).isEqualTo(TextLanguage.NONE_OF_THE_SIX);
	}

	@Test
	void anArabicPageNamingAPersianPlaceIsStillArabic() {
		String arabic = "يولد جميع الناس أحرارا متساوين في الكرامة والحقوق وقد وهبوا عقلا وضميرا وعليهم أن يعامل"
				+ " بعضهم بعضا بروح الإخاء في مدينة چابهار وفقا لما ورد في التقرير المقدم إلى اللجنة في دورتها";

		assertThat(LanguageIdentifier.identify(arabic)).isEqualTo(Language.ARABIC);
	}

	@Test
	void loremIpsumOfTheConseteturKindIsInNoneOfTheSix() {
		String lorem = "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt"
				+ " ut labore et dolore magna aliquyam erat, sed diam voluptua. At vero eos et accusam et justo duo"
				+ " dolores et ea rebum. Stet clita kasd gubergren, no sea takimata sanctus est Lorem ipsum dolor sit"
				+ " amet. ";

		assertThat(LanguageIdentifier.judge(lorem.repeat(2))).isEqualTo(TextLanguage.NONE_OF_THE_SIX);
	}

	@Test
	void ocrNoiseWithAFewFunctionWordsAmongItIsNoRunningText() {
		StringBuilder noise = new StringBuilder();
		String[] words = {"Hanorosas", "AeKnapai", "ynnal", "CBS", "npVIMeHeHVIeM", "ynpo", "HHOH", "CVICTeMbl", "Knn",
				"KoppeKn1pOBKH"};
		for (int i = 0; i < 100; i++) {
			noise.append(words[i % words.length]).append(' ');
			if (i % 25 == 0) {
				noise.append("los con para ");
			}
		}

		assertThat(LanguageIdentifier.identify(noise.toString())).isNull();
	}

}
