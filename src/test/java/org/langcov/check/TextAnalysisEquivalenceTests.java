package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Language;

/**
 * The text analysis of {@link LanguageIdentifier}, made cheaper for speed (one pass where there was one per language,
 * arrays where there were calls per character, work skipped whose result cannot matter), returns exactly what it
 * returned before ({@link TextAnalysisReference}) on many random texts (10,000) made of what matters to it: the letters
 * of all six languages and of others, function words, combining marks, surrogate pairs (lone ones too), spaces and
 * invisible marks of every kind, symbols, rotated text, and texts empty or very long.
 */
class TextAnalysisEquivalenceTests {

	private static final String[] PIECES = {"E/CN.7/2014/1", "E / CN.15/2014 /2", "V.14-10001 (A)", "l'ordre", "qu’il",
			"d'Action", "L'", "HIV/AIDS", "联合国", "Комиссия", "Économique", "ÉTÉ", "ÀÈÊÇÙÛÔÎŒËÏÂ", "ÑÁÍÓÚ", "ÄÖẞ",
			"ŘĚŮČŠŽĎŤŇ", "İstanbul", "\u212Aelvin", "\u212B", "ÿŸſ", "ひらがな", "カタカナ", "한국어", "Ελληνικά", "گزارش", "ٹیکس",
			"\u0678\u0679", "کمیسیون", "ہے", "الأمم", "مُتَّحِدَة", "e\u0301te\u0301", "a\u0308", "n\u0303", "c\u030C",
			"\uD835\uDC00\uD835\uDC01", "\uD83D\uDE00", "\uD840\uDC00", "\uD800", "\uDC00", "x\u20DD", "क\u0903",
			"\nN\num\nbe\nr\n", "\r\nT h e  C o m m i s s i o n\r\n", "\u200F\u202B\u2066\uFEFF\u061C",
			"\u00A0\u2002\u3000\u1680\u180E\u202F\u205F", " / ", "¿", "¡", "12", "—", "Ĳ"};

	private static final String CHARS = "aeioustnAEZ'’ \n\r\téèêàçùûôîœëïâñáíóú¿¡äößřěůčšžďťňÉÀÇÑÖŘŠ\u0301\u0308\u064EЯя中لمپ/.-()";

	private static final String[] FILLER = {"commission", "naciones", "unies", "report", "informe", "développement",
			"señor", "mañana", "Straße", "příloha", "aaa", "x"};

	private static final String[] SEPARATORS = {" ", "\n", ", ", "  ", "\u00A0", "\r\n"};

	@Test
	void theCheaperAnalysisReturnsWhatTheOldOneReturned() {
		Random random = new Random(20261201);
		Set<TextLanguage> verdicts = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String text = randomText(random, (i % 500 == 0) ? 600 : 40);
			assertSame(text);
			assertSame(PageSymbols.clean(text));
			String prepared = Words.composed(SymbolBlanking.withoutSymbols(PageSymbols.clean(text)));
			verdicts.add(assertSame(prepared));
		}
		// the texts reach every verdict on Latin-script text, not only the unclear one
		assertThat(verdicts).contains(TextLanguage.UNCLEAR, TextLanguage.NONE_OF_THE_SIX,
				TextLanguage.of(Language.ENGLISH), TextLanguage.of(Language.FRENCH), TextLanguage.of(Language.SPANISH));
	}

	@Test
	void theCheaperAnalysisReturnsWhatTheOldOneReturnedOnEdgeCases() {
		for (String text : List.of("", " ", "\n", "\r", "a", "\uD800", "\uDC00", "\uD83D", "é", "\u0301", "\u00A0", "/",
				" /", "/ ", "a\u0301", "ẞ", "\u00A1", "\u017F", "\u00A0\u00A0", "l'", "'l", "l''a")) {
			assertSame(text);
		}
		// every character alone, and every character after a letter and before a space
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			assertSame(String.valueOf((char) c));
			assertSame("a" + (char) c + " ");
		}
	}

	/** Asserts that the analysis of {@code text} is the same, and returns its Latin-script verdict. */
	private static TextLanguage assertSame(String text) {
		assertThat(PageSymbols.clean(text)).as("clean %s", text).isEqualTo(TextAnalysisReference.clean(text));
		assertThat(Words.composed(text)).as("composed %s", text).isEqualTo(TextAnalysisReference.composed(text));
		assertThat(words(text, false)).as("words %s", text).isEqualTo(words(text, true));
		for (int letters = 1; letters <= 4; letters++) {
			for (int lines = 1; lines <= 4; lines++) {
				assertThat(Words.runsOfShortLines(text.toCharArray(), letters, lines)).as("runs %s", text)
						.isEqualTo(TextAnalysisReference.runsOfShortLines(text, letters, lines));
			}
		}
		assertThat(FunctionWords.distinctLetters(text.toCharArray())).as("letters %s", text)
				.isEqualTo(TextAnalysisReference.distinctLetters(text));
		WordTally tally = WordTally.of(text);
		ReferenceWordTally reference = ReferenceWordTally.of(text);
		assertThat(counts(tally.scripts, tally.longWords, tally.oneLetter, tally.functionWords, tally.sixFunctionWords,
				tally.latinWords, tally.latin1Words, tally.latin1Sample, tally.persianOrUrdu, tally.han, tally.kana))
				.as("tally %s", text)
				.isEqualTo(counts(reference.scripts, reference.longWords, reference.oneLetter, reference.functionWords,
						reference.sixFunctionWords, reference.latinWords, reference.latin1Words, reference.latin1Sample,
						reference.persianOrUrdu, reference.han, reference.kana));
		TextLanguage verdict = LatinVerdict.of(tally);
		assertThat(verdict).as("Latin verdict %s", text).isEqualTo(TextAnalysisReference.latinVerdict(tally, text));
		return verdict;
	}

	private static List<Integer> words(String text, boolean reference) {
		List<Integer> bounds = new ArrayList<>();
		Words.WordAction action = (start, end) -> {
			bounds.add(start);
			bounds.add(end);
		};
		if (reference) {
			TextAnalysisReference.eachWord(text, action);
		} else {
			Words.eachWord(text, action);
		}
		return bounds;
	}

	/** What a tally counted, to compare. */
	private static List<Object> counts(double[] scripts, double[] longWords, double[] oneLetter, double functionWords,
			double sixFunctionWords, int latinWords, int latin1Words, String latin1Sample, int persianOrUrdu, int han,
			int kana) {
		return Arrays.asList(Arrays.toString(scripts), Arrays.toString(longWords), Arrays.toString(oneLetter),
				functionWords, sixFunctionWords, latinWords, latin1Words, latin1Sample, persianOrUrdu, han, kana);
	}

	private static String randomText(Random random, int maxParts) {
		StringBuilder text = new StringBuilder();
		int parts = random.nextInt(maxParts);
		for (int i = 0; i < parts; i++) {
			switch (random.nextInt(4)) {
				case 0 -> text.append(PIECES[random.nextInt(PIECES.length)]);
				case 1 -> runningText(random, text);
				default -> {
					int length = 1 + random.nextInt(6);
					for (int j = 0; j < length; j++) {
						text.append(CHARS.charAt(random.nextInt(CHARS.length())));
					}
				}
			}
		}
		return text.toString();
	}

	/** Words of one Latin-script language, its function words among them, in any case. */
	private static void runningText(Random random, StringBuilder text) {
		LatinLanguage language = LatinLanguage.values()[random.nextInt(LatinLanguage.values().length)];
		List<String> functionWords = new ArrayList<>(FunctionWords.DISTINCT.get(language));
		List<String> shared = new ArrayList<>(FunctionWords.SHARED);
		int words = random.nextInt(30);
		for (int i = 0; i < words; i++) {
			String word = switch (random.nextInt(3)) {
				case 0 -> functionWords.get(random.nextInt(functionWords.size()));
				case 1 -> shared.get(random.nextInt(shared.size()));
				default -> FILLER[random.nextInt(FILLER.length)];
			};
			word = switch (random.nextInt(10)) {
				case 0 -> word.toUpperCase(Locale.ROOT);
				case 1 -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
				default -> word;
			};
			text.append(word).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
		}
	}

}
