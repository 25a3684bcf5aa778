package org.langcov.report.pdf;

import java.text.Bidi;
import java.util.Map;

/**
 * Puts one line of text from logical order (the order it is read) into visual order (left to right on the page), with
 * the JDK's implementation of the Unicode bidirectional algorithm: right-to-left runs (Arabic, Hebrew) are reversed and
 * their brackets mirrored, numbers and Latin inside them keep their own direction. PDF text extraction applies the same
 * algorithm in reverse, so the PDF still yields the logical text.
 */
final class VisualOrder {

	/** Brackets and the like, which face the other way in right-to-left text. */
	private static final Map<Integer, Integer> MIRRORS = Map.ofEntries(Map.entry((int) '(', (int) ')'),
			Map.entry((int) ')', (int) '('), Map.entry((int) '[', (int) ']'), Map.entry((int) ']', (int) '['),
			Map.entry((int) '{', (int) '}'), Map.entry((int) '}', (int) '{'), Map.entry((int) '<', (int) '>'),
			Map.entry((int) '>', (int) '<'), Map.entry(0x00AB, 0x00BB), Map.entry(0x00BB, 0x00AB),
			Map.entry(0x2039, 0x203A), Map.entry(0x203A, 0x2039), Map.entry(0x2264, 0x2265), Map.entry(0x2265, 0x2264),
			Map.entry(0xFD3E, 0xFD3F), Map.entry(0xFD3F, 0xFD3E));

	private VisualOrder() {
	}

	/**
	 * Whether the paragraph reads right to left: its first letter with a strong direction is Arabic, Hebrew or another
	 * right-to-left script.
	 */
	static boolean rightToLeft(String paragraph) {
		for (int i = 0; i < paragraph.length();) {
			int cp = paragraph.codePointAt(i);
			byte direction = Character.getDirectionality(cp);
			if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
				return false;
			}
			if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
					|| direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
				return true;
			}
			i += Character.charCount(cp);
		}
		return false;
	}

	/** The line in visual order, in a paragraph of the given direction. */
	static String of(String line, boolean rightToLeft) {
		char[] chars = line.toCharArray();
		if (!rightToLeft && !Bidi.requiresBidi(chars, 0, chars.length)) {
			return line;
		}
		Bidi bidi = new Bidi(line, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
		int count = bidi.getRunCount();
		byte[] levels = new byte[count];
		Integer[] runs = new Integer[count];
		for (int i = 0; i < count; i++) {
			levels[i] = (byte) bidi.getRunLevel(i);
			runs[i] = i;
		}
		Bidi.reorderVisually(levels, 0, runs, 0, count);
		StringBuilder visual = new StringBuilder(line.length());
		for (int run : runs) {
			String text = line.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
			if ((bidi.getRunLevel(run) & 1) == 1) {
				reverse(text, visual);
			} else {
				visual.append(text);
			}
		}
		return visual.toString();
	}

	/**
	 * Appends the text backwards, a letter with its marks at a time: a vowel mark is drawn after the letter it sits on,
	 * whichever way the line runs.
	 */
	private static void reverse(String text, StringBuilder out) {
		int end = text.length();
		while (end > 0) {
			int start = end;
			int cp;
			do {
				cp = text.codePointBefore(start);
				start -= Character.charCount(cp);
			} while (start > 0 && isMark(cp));
			int first = text.codePointAt(start);
			out.appendCodePoint(MIRRORS.getOrDefault(first, first));
			out.append(text, start + Character.charCount(first), end);
			end = start;
		}
	}

	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

}
