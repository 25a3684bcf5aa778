package org.langcov.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks text into lines that fit a width: at line breaks, then between words, and inside a word too long for a line (a
 * symbol, a URL), after a slash or a hyphen where one falls late enough, else wherever the width runs out. Lines are
 * broken in logical order and then each is put in visual order, so that a right-to-left paragraph reads from its first
 * line down.
 */
final class TextWrap {

	private static final Pattern SPACES = Pattern.compile(" +");

	private TextWrap() {
	}

	/** The lines of the text; none for empty text. */
	static List<TextLine> lines(FontFace face, float size, String text, float width) {
		List<TextLine> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		float units = width * 1000f / size;
		for (String paragraph : PdfText.paragraphs(text)) {
			String prepared = PdfText.prepare(paragraph).strip();
			boolean rightToLeft = VisualOrder.rightToLeft(prepared);
			List<String> logical = new ArrayList<>();
			wrap(face, prepared, units, logical);
			for (String line : logical) {
				lines.add(face.layout(line, rightToLeft));
			}
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	private static void wrap(FontFace face, String paragraph, float width, List<String> lines) {
		if (paragraph.isEmpty()) {
			lines.add("");
			return;
		}
		float space = face.units(" ");
		StringBuilder line = new StringBuilder();
		float lineWidth = 0;
		for (String word : SPACES.split(paragraph)) {
			float wordWidth = face.units(word);
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
				int cut = cut(face, word, width);
				lines.add(word.substring(0, cut));
				word = word.substring(cut);
				wordWidth = face.units(word);
			}
			line.append(word);
			lineWidth = wordWidth;
		}
		lines.add(line.toString());
	}

	/**
	 * Where to break a word wider than the line: at least one character, never inside a surrogate pair.
	 */
	private static int cut(FontFace face, String word, float width) {
		int fits = 0;
		float used = 0;
		while (fits < word.length()) {
			int next = word.offsetByCodePoints(fits, 1);
			used += face.units(word.substring(fits, next));
			if (used > width) {
				break;
			}
			fits = next;
		}
		if (fits == 0) {
			return word.offsetByCodePoints(0, 1);
		}
		// A break after a slash or hyphen keeps symbol parts whole, unless it would leave the line mostly empty.
		for (int i = fits; i > fits / 2; i--) {
			char c = word.charAt(i - 1);
			if (c == '/' || c == '-') {
				return i;
			}
		}
		return fits;
	}

}
