package org.langcov.report;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF report's drawing surface: A4 landscape pages, added as the content
 * needs them, and a cursor that moves down the current page. Coordinates are
 * PDF points from the bottom left; the bottom margin leaves room for the footer
 * that is drawn once the number of pages is known.
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
	 * Starts a new page unless this much height is left, so that what belongs
	 * together stays together.
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

	/** Draws one line of text made printable by {@link PdfFonts#printable}. */
	void text(PDType0Font font, float size, int rgb, float x, float baseline, String printable) throws IOException {
		if (printable.isEmpty()) {
			return;
		}
		this.stream.beginText();
		this.stream.setFont(font, size);
		this.stream.setNonStrokingColor(red(rgb), green(rgb), blue(rgb));
		this.stream.newLineAtOffset(x, baseline);
		this.stream.showText(printable);
		this.stream.endText();
	}

	/**
	 * Text wrapped to the width from the left margin, moving the cursor below it.
	 */
	void paragraph(String text, PDType0Font font, float size, float indent) throws IOException {
		float leading = size * 1.3f;
		List<String> lines = TextWrap.lines(font, size, text, width() - indent);
		for (String line : lines) {
			ensure(leading);
			text(font, size, INK, left() + indent, this.y - size, line);
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
