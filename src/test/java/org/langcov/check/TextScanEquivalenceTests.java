package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.langcov.symbol.Symbols;

/**
 * The hand-written scans of {@link PageSymbols} and {@link Words} (written for speed: they run on every page inspected)
 * find exactly what the regular expressions they replace found, on many random texts made of the characters and pieces
 * that matter to them.
 */
class TextScanEquivalenceTests {

	private static final Pattern INVISIBLE = Pattern
			.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\u061C\\uFEFF]");

	private static final Pattern SPACE = Pattern.compile("[\\h]+");

	private static final Pattern SPACED_SLASH = Pattern.compile(" ?/ ?");

	private static final Pattern CANDIDATE = Pattern
			.compile("(?<![A-Za-z./-])[A-Z][A-Z0-9.\\-]*(?:/[A-Za-z0-9.\\-]*[A-Za-z0-9])+");

	private static final Pattern NOT_LANGUAGE = Pattern.compile(
			"[A-Z][A-Z0-9.\\-]*(?:/[A-Za-z0-9.\\-]+)+|\\b[A-Z]?\\.?\\d{2}-\\d{5}\\s*\\([A-Z]\\)|https?://\\S+");

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}[\\p{L}\\p{M}]*)*");

	private static final Pattern ELISION = Pattern.compile("(?:[ldnscjmt]|qu)['’][\\p{L}&&[^\\p{Lu}]].*");

	private static final String[] PIECES = {"E/CN.7/2014/1", "E / CN.15/2014 /2", "V.14-10001 (A)", "V.14-10001(E)",
			"14-01234\n(F)", "http://www.un.org/x", "https://a.b/c?d", "l'ordre", "qu’il", "d'Action", "A/69/1.",
			"1E/CN.7", "HIV/AIDS", "and/or", "13/03/2014", "آذار/مارس", "ICC-ASP/13/20", "S-30/1", "/Corr.1", "x/(A)",
			" (B) ", "A/", "/B", "--/-", "12-34567 (Z)", "E/CN.7/2014/2-E/CN.15/2014/2", "联合国", "Комиссия",
			"Économique"};

	private static final String CHARS = "ABCENVSZabcdlqsuxhtp0147./-()' ’\t\n\u00A0\u2002\u3000\u200F\u202B\u2066\uFEFFéñçЯя中لم:?\u0301\u064E";

	@Test
	void theScansFindWhatTheRegularExpressionsFound() {
		Random random = new Random(20261128);
		for (int i = 0; i < 50_000; i++) {
			String text = randomText(random);

			assertThat(PageSymbols.clean(text)).as("clean %s", text).isEqualTo(clean(text));
			assertThat(PageSymbols.find(text)).as("find %s", text).containsExactlyElementsOf(find(text));
			String cleaned = clean(text);
			assertThat(SymbolBlanking.withoutSymbols(cleaned)).as("withoutSymbols %s", cleaned)
					.isEqualTo(NOT_LANGUAGE.matcher(cleaned).replaceAll(" "));
			List<String> scanned = new ArrayList<>();
			Words.eachWord(cleaned, (start, end) -> scanned.add(cleaned.substring(start, end)));
			assertThat(scanned).as("words %s", cleaned).isEqualTo(words(cleaned));
			for (String word : words(cleaned)) {
				String lower = word.toLowerCase(java.util.Locale.ROOT);
				assertThat(Words.isElision(lower)).as("elision %s", lower).isEqualTo(ELISION.matcher(lower).matches());
			}
		}
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int parts = random.nextInt(12);
		for (int i = 0; i < parts; i++) {
			if (random.nextInt(3) == 0) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			} else {
				int length = 1 + random.nextInt(6);
				for (int j = 0; j < length; j++) {
					text.append(CHARS.charAt(random.nextInt(CHARS.length())));
				}
			}
		}
		return text.toString();
	}

	private static String clean(String text) {
		String visible = INVISIBLE.matcher(text).replaceAll("");
		String spaced = SPACE.matcher(visible).replaceAll(" ");
		return SPACED_SLASH.matcher(spaced).replaceAll("/");
	}

	private static Set<String> find(String pageText) {
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = CANDIDATE.matcher(clean(pageText));
		while (matcher.find()) {
			for (String symbol : Symbols.split(matcher.group())) {
				String trimmed = symbol.replaceAll("[.-]+$", "");
				// the shape of a printed symbol is the same rule on both sides, not a scan
				if (Symbols.isValid(trimmed) && trimmed.matches(".*\\d.*") && PageSymbols.looksPrinted(trimmed)) {
					found.add(Symbols.normalise(trimmed));
				}
			}
		}
		return found;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

}
