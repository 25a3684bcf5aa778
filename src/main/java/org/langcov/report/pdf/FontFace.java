package org.langcov.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.langcov.report.pdf.TextLine.Run;

/**
 * One style of the report's type (regular or bold) as an ordered list of fonts: each character is drawn with the first
 * that has it, so that Latin, Greek, Cyrillic, Arabic, Hebrew and Chinese mix in one line. A character no font has is
 * drawn as its code in a thin box, never as a question mark or an empty box.
 */
final class FontFace {

	/** A box's code is drawn at this share of the font size. */
	static final float BOX_SCALE = 0.6f;

	/** Room on each side of a box's code, in thousandths of the font size. */
	static final float BOX_PAD = 120;

	private final List<EmbeddedFont> fonts;

	/** Per font: drawn outlined too, because it has no bold of its own. */
	private final List<Boolean> emboldened;

	FontFace(List<EmbeddedFont> fonts, List<Boolean> emboldened) {
		this.fonts = List.copyOf(fonts);
		this.emboldened = List.copyOf(emboldened);
	}

	/** The font of boxes and of the report's own words. */
	EmbeddedFont primary() {
		return this.fonts.get(0);
	}

	/** Index of the first font that has the character; -1 if none has. */
	private int pick(int codePoint) {
		for (int i = 0; i < this.fonts.size(); i++) {
			if (this.fonts.get(i).has(codePoint)) {
				return i;
			}
		}
		return -1;
	}

	/** Width in thousandths of the font size of prepared text, boxes included. */
	float units(String prepared) {
		float units = 0;
		for (int i = 0; i < prepared.length();) {
			int cp = prepared.codePointAt(i);
			int font = pick(cp);
			units += (font >= 0) ? this.fonts.get(font).advance(cp) : boxUnits(cp);
			i += Character.charCount(cp);
		}
		return units;
	}

	/** Width in points of any text drawn on one line. */
	float width(float size, String text) {
		return line(text).width(size);
	}

	/** Any text as one line: line breaks become spaces. */
	TextLine line(String text) {
		if (text == null || text.isEmpty()) {
			return TextLine.EMPTY;
		}
		String prepared = PdfText.prepare(String.join(" ", PdfText.paragraphs(text))).strip();
		return layout(prepared, VisualOrder.rightToLeft(prepared));
	}

	/**
	 * Prepared text of one line, in logical order, laid out in runs in visual order.
	 */
	TextLine layout(String prepared, boolean rightToLeft) {
		if (prepared.isEmpty()) {
			return TextLine.EMPTY;
		}
		String visual = VisualOrder.of(prepared, rightToLeft);
		List<Run> runs = new ArrayList<>(1);
		float total = 0;
		int runFont = -1;
		int runStart = 0;
		float runUnits = 0;
		for (int i = 0; i < visual.length();) {
			int cp = visual.codePointAt(i);
			int font = pick(cp);
			if (font != runFont && runFont >= 0) {
				runs.add(run(runFont, visual.substring(runStart, i), runUnits));
				runFont = -1;
			}
			if (font < 0) {
				float box = boxUnits(cp);
				runs.add(new Run(primary(), code(cp), box, false, true));
				total += box;
			} else {
				if (runFont < 0) {
					runFont = font;
					runStart = i;
					runUnits = 0;
				}
				float advance = this.fonts.get(font).advance(cp);
				runUnits += advance;
				total += advance;
			}
			i += Character.charCount(cp);
		}
		if (runFont >= 0) {
			runs.add(run(runFont, visual.substring(runStart), runUnits));
		}
		return new TextLine(prepared, runs, total, rightToLeft);
	}

	private Run run(int font, String text, float units) {
		return new Run(this.fonts.get(font), text, units, this.emboldened.get(font), false);
	}

	private float boxUnits(int codePoint) {
		String code = code(codePoint);
		float units = 0;
		for (int i = 0; i < code.length(); i++) {
			units += primary().advance(code.charAt(i));
		}
		return units * BOX_SCALE + 2 * BOX_PAD;
	}

	/** A character's code as Unicode writes it: {@code U+1F600}. */
	static String code(int codePoint) {
		return String.format(Locale.ROOT, "U+%04X", codePoint);
	}

}
