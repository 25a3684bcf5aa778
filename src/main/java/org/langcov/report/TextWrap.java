package org.langcov.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Breaks text into lines that fit a width: at line breaks, then between words,
 * and inside a word too long for a line (a symbol, a URL), after a slash or a
 * hyphen where one falls late enough, else wherever the width runs out.
 */
final class TextWrap {

	private TextWrap() {
	}

	/** The printable lines of the text; none for empty text. */
	static List<String> lines(PDType0Font font, float size, String text, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		for (String paragraph : text.split("\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]", -1)) {
			wrap(font, size, PdfFonts.printable(font, paragraph).strip(), width, lines);
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	private static void wrap(PDType0Font font, float size, String paragraph, float width, List<String> lines)
			throws IOException {
		if (paragraph.isEmpty()) {
			lines.add("");
			return;
		}
		float space = PdfFonts.width(font, size, " ");
		StringBuilder line = new StringBuilder();
		float lineWidth = 0;
		for (String word : paragraph.split(" +")) {
			float wordWidth = PdfFonts.width(font, size, word);
			if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
				line.append(' ').append(word);
				lineWidth += space + wordWidth;
				continue;
			}
			if (line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
			}
			while (wordWidth > width) {
				int cut = cut(font, size, word, width);
				lines.add(word.substring(0, cut));
				word = word.substring(cut);
				wordWidth = PdfFonts.width(font, size, word);
			}
			line.append(word);
			lineWidth = wordWidth;
		}
		lines.add(line.toString());
	}

	/**
	 * Where to break a word wider than the line: at least one character, never
	 * inside a surrogate pair.
	 */
	private static int cut(PDType0Font font, float size, String word, float width) throws IOException {
		int fits = 0;
		float used = 0;
		while (fits < word.length()) {
			int next = word.offsetByCodePoints(fits, 1);
			used += PdfFonts.width(font, size, word.substring(fits, next));
			if (used > width) {
				break;
			}
			fits = next;
		}
		if (fits == 0) {
			return word.offsetByCodePoints(0, 1);
		}
		// A break after a slash or hyphen keeps symbol parts whole, unless it would
		// leave the line mostly empty.
		for (int i = fits; i > fits / 2; i--) {
			char c = word.charAt(i - 1);
			if (c == '/' || c == '-') {
				return i;
			}
		}
		return fits;
	}

}
