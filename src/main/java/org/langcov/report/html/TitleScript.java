package org.langcov.report.html;

import java.lang.Character.UnicodeScript;

/**
 * The language and direction a title is marked with, from the script most of its letters are in (a title often holds a
 * Latin symbol or acronym): Arabic reads right to left ({@code lang="ar" dir="rtl"}), Han and kana are Chinese
 * ({@code zh}), Cyrillic Russian ({@code ru}); any other title is left to the browser ({@code dir="auto"}, in the
 * page's English).
 *
 * @param lang
 *            the BCP 47 tag, or {@code null} for the page's own
 * @param dir
 *            {@code rtl}, {@code ltr} or {@code auto}
 */
record TitleScript(String lang, String dir) {

	static final TitleScript ARABIC = new TitleScript("ar", "rtl");

	static final TitleScript CHINESE = new TitleScript("zh", "ltr");

	static final TitleScript RUSSIAN = new TitleScript("ru", "ltr");

	static final TitleScript OTHER = new TitleScript(null, "auto");

	static TitleScript of(String text) {
		if (text == null) {
			return OTHER;
		}
		int arabic = 0;
		int han = 0;
		int cyrillic = 0;
		int other = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (!Character.isLetter(c)) {
				continue;
			}
			switch (UnicodeScript.of(c)) {
				case ARABIC -> arabic++;
				// a Han character is a syllable, worth about three letters of an alphabet
				case HAN, HIRAGANA, KATAKANA -> han += 3;
				case CYRILLIC -> cyrillic++;
				default -> other++;
			}
		}
		int most = Math.max(Math.max(arabic, han), Math.max(cyrillic, other));
		if (most == 0 || most == other) {
			return OTHER;
		}
		return (most == arabic) ? ARABIC : (most == han) ? CHINESE : RUSSIAN;
	}

	/** The attributes to write in a start tag, with a leading space. */
	String attributes() {
		return ((this.lang != null) ? " lang=\"" + this.lang + "\"" : "") + " dir=\"" + this.dir + "\"";
	}

}
