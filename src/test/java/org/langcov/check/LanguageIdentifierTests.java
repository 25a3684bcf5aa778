package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThat;

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

}
