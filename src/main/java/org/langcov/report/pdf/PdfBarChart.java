package org.langcov.report.pdf;

import java.io.IOException;
import java.util.List;

/**
 * Horizontal bars on a 0 to 100 % scale with quarter grid lines, one per language and a darker overall one: the
 * coverage chart of page 1 and the on-time chart of the timeliness section.
 */
final class PdfBarChart {

	private static final int BAR = 0x4472C4;

	private static final int OVERALL_BAR = 0x203864;

	private static final int TRACK = 0xEDEDED;

	private static final float BAR_HEIGHT = 12;

	private static final float STEP = 17;

	private static final float LABEL_WIDTH = 110;

	private static final float SCALE = 420;

	/**
	 * One bar.
	 * 
	 * @param label
	 *            shown on the left
	 * @param overall
	 *            drawn darker and in bold
	 * @param share
	 *            from 0 to 1, or {@code null} for no bar (nothing to measure)
	 * @param value
	 *            shown on the right, such as {@code 95.0 %}
	 */
	record Bar(String label, boolean overall, Double share, String value) {

	}

	private PdfBarChart() {
	}

	static void draw(PdfCanvas canvas, String heading, List<Bar> bars) throws IOException {
		canvas.heading(heading, bars.size() * STEP + 20);
		float x = canvas.left() + LABEL_WIDTH;
		float top = canvas.y();
		float bottom = top - bars.size() * STEP;
		for (int quarter = 0; quarter <= 4; quarter++) {
			float gx = x + SCALE * quarter / 4;
			canvas.fill(PdfTable.GRID, gx, bottom, 0.5f, top - bottom);
			String label = (quarter * 25) + " %";
			float width = canvas.fonts.regular.width(8, label);
			canvas.text(canvas.fonts.regular, 8, PdfCanvas.INK, gx - width / 2, bottom - 10, label);
		}
		float y = top;
		for (Bar bar : bars) {
			float barBottom = y - (STEP + BAR_HEIGHT) / 2;
			var font = bar.overall() ? canvas.fonts.bold : canvas.fonts.regular;
			canvas.text(font, 9, PdfCanvas.INK, canvas.left(), barBottom + 3, bar.label());
			canvas.fill(TRACK, x, barBottom, SCALE, BAR_HEIGHT);
			if (bar.share() != null) {
				canvas.fill(bar.overall() ? OVERALL_BAR : BAR, x, barBottom, (float) (SCALE * bar.share()), BAR_HEIGHT);
			}
			canvas.text(font, 9, PdfCanvas.INK, x + SCALE + 8, barBottom + 3, bar.value());
			y -= STEP;
		}
		canvas.down(bars.size() * STEP + 14);
	}

}
