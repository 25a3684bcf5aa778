package org.langcov.check;

import org.langcov.vocabulary.Language;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text written in a font without Unicode mappings, read back in the code page it was written in.
 * <p>
 * A simple font with no {@code ToUnicode} map is read through its encoding. When a producer wrote Russian or Arabic
 * with a Windows-1251 or Windows-1256 font and declared the font {@code WinAnsiEncoding}, every letter extracts as the
 * Latin-1 letter of the same byte: {@code Практикум} as {@code Ïðàêòèêóì}. Reading those bytes in the right code page
 * gives the words back, and frequent words tell the right code page from a wrong one, which gives letters of the script
 * in no order a language writes.
 */
final class Mojibake {

	/** Frequent words needed, and how many different ones of them. */
	private static final int MIN_HITS = 5;

	private static final int MIN_DISTINCT = 3;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private Mojibake() {
	}

	/**
	 * The text with each character that Windows-1252 writes as a byte above 127 replaced by that byte's character in
	 * {@code page}; other characters, ASCII among them, as they are.
	 */
	static String decode(String text, CodePage page) {
		StringBuilder decoded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			Character replaced = (c >= 0x80) ? page.table.get(c) : null;
			decoded.append((replaced != null) ? replaced : c);
		}
		return decoded.toString();
	}

	/**
	 * Whether the decoded text is made of real words of the code page's language: enough of its frequent words,
	 * {@value #MIN_DISTINCT} different ones of two letters or more among them, in a share that running text has and
	 * gibberish in its script does not. Only words wholly in the script count, so that the accented letters of a French
	 * or Spanish text, which decode to letters of the script too ({@code à} to {@code а}), do not.
	 */
	static boolean realWords(String decoded, CodePage page) {
		Character.UnicodeScript script = (page.language == Language.RUSSIAN)
				? Character.UnicodeScript.CYRILLIC
				: Character.UnicodeScript.ARABIC;
		List<String> words = new ArrayList<>();
		Words.eachWord(decoded, (start, end) -> {
			String word = decoded.substring(start, end);
			if (wholly(word, script)) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		});
		int hits = 0;
		Set<String> distinct = new HashSet<>();
		for (String word : words) {
			// a producer may have written Arabic letters in the order they are shown
			if (isFrequent(word, page) || isFrequent(new StringBuilder(word).reverse().toString(), page)) {
				hits++;
				if (word.length() > 1) {
					distinct.add(word);
				}
			}
		}
		return hits >= MIN_HITS && distinct.size() >= MIN_DISTINCT && hits * page.wordsPerHit >= words.size();
	}

	private static boolean wholly(String word, Character.UnicodeScript script) {
		return word.codePoints().allMatch((c) -> !Character.isLetter(c) || Character.UnicodeScript.of(c) == script);
	}

	private static boolean isFrequent(String word, CodePage page) {
		return (page.language == Language.RUSSIAN) ? FunctionWords.RUSSIAN.contains(word) : isFrequentArabic(word);
	}

	private static boolean isFrequentArabic(String word) {
		if (FunctionWords.ARABIC.contains(word)) {
			return true;
		}
		for (String article : FunctionWords.ARABIC_ARTICLES) {
			if (word.length() > article.length() + 1 && word.startsWith(article)) {
				return true;
			}
		}
		return false;
	}

	/** The code pages whose letters extract as Latin-1 ones. */
	enum CodePage {

		WINDOWS_1251("windows-1251", Language.RUSSIAN, 10), WINDOWS_1256("windows-1256", Language.ARABIC, 5);

		private final Map<Character, Character> table;

		private final Language language;

		/** Running text has at least one frequent word in this many. */
		private final int wordsPerHit;

		CodePage(String charset, Language language, int wordsPerHit) {
			this.table = table(Charset.forName(charset));
			this.language = language;
			this.wordsPerHit = wordsPerHit;
		}

		private static Map<Character, Character> table(Charset charset) {
			Map<Character, Character> table = new HashMap<>();
			for (int b = 0x80; b <= 0xFF; b++) {
				byte[] bytes = {(byte) b};
				String latin = new String(bytes, WINDOWS_1252);
				String target = new String(bytes, charset);
				if (latin.charAt(0) != '\uFFFD' && target.charAt(0) != '\uFFFD') {
					table.put(latin.charAt(0), target.charAt(0));
				}
			}
			return table;
		}

	}

}
