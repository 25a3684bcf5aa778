package org.langcov.report.pdf;

import java.io.Closeable;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The PDF report's drawing surface: A4 landscape pages, added as the content needs them, and a cursor that moves down
 * the current page. Coordinates are PDF points from the bottom left; the bottom margin leaves room for the footer that
 * is drawn once the number of pages is known.
 */
final class PdfCanvas implements Closeable {

	static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	static final float MARGIN = 36;

	static final float FOOTER = 22;

	static final int INK = 0x000000;

	private final PDDocument document;

	final PdfFonts fonts;

	private PDPageContentStream stream;

	private float y;

	PdfCanvas(PDDocument document, PdfFonts fonts) {
		this.document = document;
		this.fonts = fonts;
	}

	float left() {
		return MARGIN;
	}

	float width() {
		return PAGE.getWidth() - 2 * MARGIN;
	}

	float top() {
		return PAGE.getHeight() - MARGIN;
	}

	float y() {
		return this.y;
	}

	void down(float distance) {
		this.y -= distance;
	}

	/** Height left on the current page; none before the first page. */
	float space() {
		return (this.stream != null) ? this.y - (MARGIN + FOOTER) : 0;
	}

	void newPage() throws IOException {
		close();
		PDPage page = new PDPage(PAGE);
		this.document.addPage(page);
		this.stream = new PDPageContentStream(this.document, page);
		this.y = top();
	}

	/**
	 * Draws on a page already drawn, over what is there: for what is known only at the end, such as the number of
	 * pages.
	 */
	void reopen(PDPage page) throws IOException {
		close();
		this.stream = new PDPageContentStream(this.document, page, AppendMode.APPEND, true, true);
	}

	/**
	 * Starts a new page unless this much height is left, so that what belongs together stays together.
	 */
	void ensure(float height) throws IOException {
		if (space() < height) {
			newPage();
		}
	}

	void fill(int rgb, float x, float bottom, float width, float height) throws IOException {
		this.stream.setNonStrokingColor(red(rgb), green(rgb), blue(rgb));
		this.stream.addRect(x, bottom, width, height);
		this.stream.fill();
	}

	void frame(int rgb, float x, float bottom, float width, float height) throws IOException {
		this.stream.setStrokingColor(red(rgb), green(rgb), blue(rgb));
		this.stream.setLineWidth(0.5f);
		this.stream.addRect(x, bottom, width, height);
		this.stream.stroke();
	}

	/** Draws one line of text from its left end. */
	void text(TextLine line, float size, int rgb, float x, float baseline) throws IOException {
		float pen = x;
		for (TextLine.Run run : line.runs()) {
			if (run.box()) {
				box(run, size, rgb, pen, baseline);
			} else {
				show(run.font().font(), size, rgb, pen, baseline, run.text(), run.emboldened());
			}
			pen += run.units() * size / 1000f;
		}
	}

	/**
	 * Draws one line of text in the face: a label or a value, made into a line first.
	 */
	void text(FontFace face, float size, int rgb, float x, float baseline, String text) throws IOException {
		text(face.line(text), size, rgb, x, baseline);
	}

	private void show(PDType0Font font, float size, int rgb, float x, float baseline, String text, boolean emboldened)
			throws IOException {
		if (emboldened) {
			this.stream.saveGraphicsState();
		}
		this.stream.beginText();
		this.stream.setFont(font, size);
		this.stream.setNonStrokingColor(red(rgb), green(rgb), blue(rgb));
		if (emboldened) {
			// Outlining the glyphs as well as filling them thickens the strokes.
			this.stream.setRenderingMode(RenderingMode.FILL_STROKE);
			this.stream.setStrokingColor(red(rgb), green(rgb), blue(rgb));
			this.stream.setLineWidth(size * 0.03f);
		}
		this.stream.newLineAtOffset(x, baseline);
		this.stream.showText(text);
		this.stream.endText();
		if (emboldened) {
			this.stream.restoreGraphicsState();
		}
	}

	/**
	 * A character no font has: its code, small, in a thin frame of the text's height, so that a reader sees that
	 * something is there and what it is.
	 */
	private void box(TextLine.Run run, float size, int rgb, float x, float baseline) throws IOException {
		float width = run.units() * size / 1000f;
		float pad = FontFace.BOX_PAD * size / 1000f;
		frame(rgb, x + pad / 3, baseline - size * 0.18f, width - 2 * pad / 3, size * 0.92f);
		show(run.font().font(), size * FontFace.BOX_SCALE, rgb, x + pad, baseline + size * 0.1f, run.text(), false);
	}

	/**
	 * Text wrapped to the width from the indent, moving the cursor below it; a right-to-left paragraph is aligned
	 * right.
	 */
	void paragraph(String text, FontFace face, float size, float indent) throws IOException {
		float leading = size * 1.3f;
		for (TextLine line : TextWrap.lines(face, size, text, width() - indent)) {
			ensure(leading);
			float x = line.rightToLeft() ? left() + width() - line.width(size) : left() + indent;
			text(line, size, INK, x, this.y - size);
			down(leading);
		}
	}

	/**
	 * A section's heading, kept on a page with the given height of what follows it.
	 */
	void heading(String text, float keepWith) throws IOException {
		ensure(36 + keepWith);
		if (this.y < top()) {
			down(10);
		}
		paragraph(text, this.fonts.bold, 13, 0);
		down(4);
	}

	@Override
	public void close() throws IOException {
		if (this.stream != null) {
			this.stream.close();
			this.stream = null;
		}
	}

	private static float red(int rgb) {
		return ((rgb >> 16) & 0xFF) / 255f;
	}

	private static float green(int rgb) {
		return ((rgb >> 8) & 0xFF) / 255f;
	}

	private static float blue(int rgb) {
		return (rgb & 0xFF) / 255f;
	}

}
