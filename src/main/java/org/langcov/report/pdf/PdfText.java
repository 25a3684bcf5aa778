package org.langcov.report.pdf;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text from a register or a job file made ready for the PDF's fonts: composed (NFC, so that an accented letter uses the
 * font's accented glyph), Arabic shaped, white space made plain spaces, and invisible characters (controls, a
 * byte-order mark, bidi marks, joiners, variation selectors) dropped. Every visible character stays: one the fonts lack
 * is drawn as its code.
 */
final class PdfText {

	/** Line breaks of every kind. */
	private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]");

	private PdfText() {
	}

	/**
	 * The text's paragraphs, between its line breaks of every kind: one for a text without any. The pattern is compiled
	 * once, since every cell of the PDF's tables is split so.
	 */
	static String[] paragraphs(String text) {
		return LINE_BREAKS.split(text, -1);
	}

	/**
	 * One paragraph (no line breaks) ready to measure and draw, in logical order.
	 */
	static String prepare(String paragraph) {
		String text = Normalizer.isNormalized(paragraph, Normalizer.Form.NFC)
				? paragraph
				: Normalizer.normalize(paragraph, Normalizer.Form.NFC);
		// Shaped before the joiners that steer it are dropped.
		text = ArabicShaper.shape(text);
		StringBuilder out = null;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int next = i + Character.charCount(cp);
			String replacement = replacement(cp);
			if (replacement != null && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				if (replacement != null) {
					out.append(replacement);
				} else {
					out.append(text, i, next);
				}
			}
			i = next;
		}
		return (out != null) ? out.toString() : text;
	}

	/** What to write instead of the character, or null to keep it. */
	private static String replacement(int cp) {
		if (cp == ' ' || cp >= 0x21 && cp < 0x7F) {
			return null;
		}
		if (cp == 0x00A0 || cp == 0x202F) {
			// No-break spaces keep a number with its unit.
			return null;
		}
		if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
			return " ";
		}
		int type = Character.getType(cp);
		if (type == Character.CONTROL || type == Character.FORMAT || isVariationSelector(cp)) {
			return "";
		}
		return null;
	}

	private static boolean isVariationSelector(int cp) {
		return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
	}

}
