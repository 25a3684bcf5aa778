package org.langcov.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table drawn row by row on a {@link PdfCanvas}: fixed column widths, text wrapped within each cell, a new page when
 * a row does not fit, with the caption and the header row repeated on it. A row taller than a whole page (a title
 * pasted with its full text) continues on the next page rather than running off this one.
 */
final class PdfTable {

	static final float SIZE = 8;

	static final float LEADING = 10;

	static final float PAD = 3;

	static final int GRID = 0xBFBFBF;

	static final int HEADER_FILL = 0xD9E1F2;

	/** No background. */
	static final int NONE = -1;

	enum Align {

		LEFT, CENTER, RIGHT

	}

	record Column(String header, float width, Align align) {

	}

	record Cell(String text, boolean bold, int fill, int ink) {

		static Cell of(String text) {
			return new Cell(text, false, NONE, PdfCanvas.INK);
		}

		static Cell bold(String text) {
			return new Cell(text, true, NONE, PdfCanvas.INK);
		}

	}

	private final PdfCanvas canvas;

	private final String caption;

	private final List<Column> columns;

	private final List<Cell> header = new ArrayList<>();

	private boolean started;

	/**
	 * Whether no row has been drawn since the header: a row that does not fit here will not fit anywhere.
	 */
	private boolean fresh;

	private long rows;

	PdfTable(PdfCanvas canvas, String caption, List<Column> columns) {
		this.canvas = canvas;
		this.caption = caption;
		this.columns = columns;
		for (Column column : columns) {
			this.header.add(new Cell(column.header(), true, HEADER_FILL, PdfCanvas.INK));
		}
	}

	/** Draws the caption and the header row, unless the first row already did. */
	void start() throws IOException {
		if (!this.started) {
			this.started = true;
			// The caption stays with the header (up to two lines) and three lines of the first row.
			this.canvas.heading(this.caption, (2 * LEADING + 2 * PAD) + (3 * LEADING + 2 * PAD));
			header();
		}
	}

	long rows() {
		return this.rows;
	}

	void row(List<Cell> cells) throws IOException {
		start();
		List<List<TextLine>> lines = wrap(cells);
		int total = 1;
		for (List<TextLine> cellLines : lines) {
			total = Math.max(total, cellLines.size());
		}
		int done = 0;
		while (done < total) {
			int fit = (int) Math.floor((this.canvas.space() - 2 * PAD) / LEADING);
			if (this.fresh) {
				fit = Math.max(fit, 1);
			}
			if (fit >= total - done) {
				draw(cells, lines, done, total - done);
				done = total;
			} else {
				if (this.fresh) {
					draw(cells, lines, done, fit);
					done += fit;
				}
				continued();
			}
		}
		this.rows++;
	}

	private void continued() throws IOException {
		this.canvas.newPage();
		this.canvas.heading(this.caption + " (continued)", 0);
		header();
	}

	private void header() throws IOException {
		List<List<TextLine>> lines = wrap(this.header);
		int total = 1;
		for (List<TextLine> cellLines : lines) {
			total = Math.max(total, cellLines.size());
		}
		draw(this.header, lines, 0, total);
		this.fresh = true;
	}

	private List<List<TextLine>> wrap(List<Cell> cells) {
		List<List<TextLine>> lines = new ArrayList<>();
		for (int i = 0; i < this.columns.size(); i++) {
			Cell cell = (i < cells.size()) ? cells.get(i) : Cell.of("");
			lines.add(TextWrap.lines(font(cell), SIZE, cell.text(), this.columns.get(i).width() - 2 * PAD));
		}
		return lines;
	}

	/**
	 * Draws lines {@code from} to {@code from + count} of every cell as one band of the row.
	 */
	private void draw(List<Cell> cells, List<List<TextLine>> lines, int from, int count) throws IOException {
		float height = count * LEADING + 2 * PAD;
		float top = this.canvas.y();
		float x = this.canvas.left();
		for (int i = 0; i < this.columns.size(); i++) {
			Column column = this.columns.get(i);
			Cell cell = (i < cells.size()) ? cells.get(i) : Cell.of("");
			if (cell.fill() != NONE) {
				this.canvas.fill(cell.fill(), x, top - height, column.width(), height);
			}
			this.canvas.frame(GRID, x, top - height, column.width(), height);
			List<TextLine> cellLines = lines.get(i);
			for (int k = from; k < Math.min(cellLines.size(), from + count); k++) {
				TextLine line = cellLines.get(k);
				float width = line.width(SIZE);
				float left = switch (column.align()) {
					// Text that reads right to left starts at the right.
					case LEFT -> line.rightToLeft() ? x + column.width() - PAD - width : x + PAD;
					case CENTER -> x + (column.width() - width) / 2;
					case RIGHT -> x + column.width() - PAD - width;
				};
				// The baseline sits 0.8 of the font size below the top of its line, leaving room for descenders.
				float baseline = top - PAD - (k - from) * LEADING - SIZE * 0.8f;
				this.canvas.text(line, SIZE, cell.ink(), left, baseline);
			}
			x += column.width();
		}
		this.canvas.down(height);
		this.fresh = false;
	}

	private FontFace font(Cell cell) {
		return cell.bold() ? this.canvas.fonts.bold : this.canvas.fonts.regular;
	}

}
