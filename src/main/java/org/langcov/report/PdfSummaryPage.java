package org.langcov.report;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.langcov.report.PdfTable.Align;
import org.langcov.report.PdfTable.Cell;
import org.langcov.report.PdfTable.Column;

/**
 * Page 1 of the PDF report: the session's title, what the run was, the summary
 * table and a bar chart of coverage per language, so that the page alone
 * answers "how complete is this session".
 */
final class PdfSummaryPage {

	private static final int BAR = 0x4472C4;

	private static final int OVERALL_BAR = 0x203864;

	private static final int TRACK = 0xEDEDED;

	private final PdfCanvas canvas;

	private final DateTimeFormatter time;

	PdfSummaryPage(PdfCanvas canvas, DateTimeFormatter time) {
		this.canvas = canvas;
		this.time = time;
	}

	void draw(ReportSource source) throws IOException {
		RunInfo run = source.run();
		this.canvas.newPage();
		this.canvas.paragraph(run.title(), this.canvas.fonts.bold, 16, 0);
		this.canvas.paragraph("Language coverage of the session's documents", this.canvas.fonts.regular, 11, 0);
		this.canvas.down(6);
		info("Session", run.session());
		info("Time of the run", (run.started() != null) ? this.time.format(run.started()) : "");
		info("Register", run.register());
		info("Store", run.store());

		List<LanguageSummary> summary = source.summary();
		PdfTable table = new PdfTable(this.canvas, "Summary",
				List.of(new Column("Language", 150, Align.LEFT), new Column("Expected", 80, Align.RIGHT),
						new Column("Available", 80, Align.RIGHT), new Column("Missing", 80, Align.RIGHT),
						new Column("Other problems", 90, Align.RIGHT), new Column("Coverage", 80, Align.RIGHT)));
		for (LanguageSummary line : summary) {
			boolean overall = line.language() == null;
			List<String> texts = List.of(name(line), count(line.expected()), count(line.available()),
					count(line.missing()), count(line.otherProblems()), percent(line.coverage()));
			table.row(texts.stream().map(overall ? Cell::bold : Cell::of).toList());
		}
		chart(summary);
	}

	private void info(String label, String value) throws IOException {
		float y = this.canvas.y();
		this.canvas.text(this.canvas.fonts.bold, 10, PdfCanvas.INK, this.canvas.left(), y - 10, label);
		this.canvas.paragraph(value, this.canvas.fonts.regular, 10, 100);
		if (this.canvas.y() == y) {
			this.canvas.down(13);
		}
	}

	/**
	 * Horizontal bars, one per language and the overall one, on a 0 to 100 % scale
	 * with quarter grid lines.
	 */
	private void chart(List<LanguageSummary> summary) throws IOException {
		float barHeight = 12;
		float step = 17;
		this.canvas.heading("Coverage per language", summary.size() * step + 20);
		float labelWidth = 110;
		float scale = 420;
		float x = this.canvas.left() + labelWidth;
		float top = this.canvas.y();
		float bottom = top - summary.size() * step;
		for (int quarter = 0; quarter <= 4; quarter++) {
			float gx = x + scale * quarter / 4;
			this.canvas.fill(PdfTable.GRID, gx, bottom, 0.5f, top - bottom);
			String label = (quarter * 25) + " %";
			float width = this.canvas.fonts.regular.width(8, label);
			this.canvas.text(this.canvas.fonts.regular, 8, PdfCanvas.INK, gx - width / 2, bottom - 10, label);
		}
		float y = top;
		for (LanguageSummary line : summary) {
			boolean overall = line.language() == null;
			float barBottom = y - (step + barHeight) / 2;
			var font = overall ? this.canvas.fonts.bold : this.canvas.fonts.regular;
			this.canvas.text(font, 9, PdfCanvas.INK, this.canvas.left(), barBottom + 3, name(line));
			this.canvas.fill(TRACK, x, barBottom, scale, barHeight);
			this.canvas.fill(overall ? OVERALL_BAR : BAR, x, barBottom, (float) (scale * line.coverage()), barHeight);
			this.canvas.text(font, 9, PdfCanvas.INK, x + scale + 8, barBottom + 3, percent(line.coverage()));
			y -= step;
		}
		this.canvas.down(summary.size() * step + 14);
	}

	static String name(LanguageSummary line) {
		return (line.language() != null)
				? line.language().displayName() + " (" + line.language().letter() + ")"
				: "Overall";
	}

	static String count(int value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/**
	 * Rounded down, so that a session with one version missing out of thousands
	 * never shows 100.0 %.
	 */
	static String percent(double coverage) {
		return String.format(Locale.ROOT, "%.1f %%", Math.floor(coverage * 1000 + 1e-9) / 10);
	}

}
