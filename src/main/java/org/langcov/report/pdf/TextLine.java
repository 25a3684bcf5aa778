package org.langcov.report.pdf;

import java.util.List;

/**
 * One line of text laid out for the page: runs in visual order (left to right), each in one font.
 *
 * @param text
 *            the line in logical order, as prepared by {@link PdfText}
 * @param runs
 *            what to draw, left to right
 * @param units
 *            its width in thousandths of the font size
 * @param rightToLeft
 *            whether its paragraph reads right to left (and so aligns right)
 */
record TextLine(String text, List<Run> runs, float units, boolean rightToLeft) {

	static final TextLine EMPTY = new TextLine("", List.of(), 0, false);

	/** Width in points at this font size. */
	float width(float size) {
		return this.units * size / 1000f;
	}

	boolean isEmpty() {
		return this.runs.isEmpty();
	}

	/**
	 * Characters in one font, or one character no font has, drawn as its code in a box.
	 *
	 * @param font
	 *            the font, or for a box the font of its code
	 * @param text
	 *            the characters in visual order, or a box's code such as {@code U+1F600}
	 * @param units
	 *            width in thousandths of the font size
	 * @param emboldened
	 *            drawn outlined as well as filled: bold from a font that has one weight
	 * @param box
	 *            a character no font has
	 */
	record Run(EmbeddedFont font, String text, float units, boolean emboldened, boolean box) {

	}

}
