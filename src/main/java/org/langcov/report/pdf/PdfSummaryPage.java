package org.langcov.report.pdf;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.langcov.report.LanguageSummary;
import org.langcov.report.pdf.PdfTable.Align;
import org.langcov.report.pdf.PdfTable.Cell;
import org.langcov.report.pdf.PdfTable.Column;
import org.langcov.report.Percent;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;

/**
 * Page 1 of the PDF report: the session's title, what the run was, the summary table and a bar chart of coverage per
 * language, so that the page alone answers "how complete is this session".
 */
final class PdfSummaryPage {

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
						new Column("Other problems", 90, Align.RIGHT), new Column("Unverified", 80, Align.RIGHT),
						new Column("Coverage", 80, Align.RIGHT)));
		for (LanguageSummary line : summary) {
			boolean overall = line.language() == null;
			List<String> texts = List.of(name(line), count(line.expected()), count(line.available()),
					count(line.missing()), count(line.otherProblems()), count(line.unverified()),
					Percent.spaced(line.percent()));
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

	private void chart(List<LanguageSummary> summary) throws IOException {
		PdfBarChart.draw(this.canvas, "Coverage per language",
				summary.stream()
						.map((line) -> new PdfBarChart.Bar(name(line), line.language() == null,
								line.percent().map(Percent::fraction).orElse(null), Percent.spaced(line.percent())))
						.toList());
	}

	static String name(LanguageSummary line) {
		return (line.language() != null)
				? line.language().displayName() + " (" + line.language().letter() + ")"
				: "Overall";
	}

	static String count(int value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

}
