package org.langcov.report.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.langcov.report.pdf.PdfTable.Align;
import org.langcov.report.pdf.PdfTable.Cell;
import org.langcov.report.pdf.PdfTable.Column;
import org.langcov.report.Percent;
import org.langcov.report.ReportSource;
import org.langcov.timeliness.OnTime;
import org.langcov.timeliness.Verdict;

/**
 * The PDF's timeliness section, last: the day it is judged as of, the on-time counts per language and overall with a
 * bar chart of the share, then the versions that missed their due date (late, overdue, or not available at the opening)
 * with their days, in register then language order. The versions on time, not yet due or without a deadline are left to
 * the workbook's Timeliness sheet, which lists every one: in the PDF they filled pages and hid the few that need
 * chasing.
 */
final class PdfTimeliness {

	private static final String MISSED = "Versions late or overdue";

	private final PdfCanvas canvas;

	PdfTimeliness(PdfCanvas canvas) {
		this.canvas = canvas;
	}

	void draw(ReportSource source) throws IOException {
		LocalDate asOf = source.asOf().orElse(null);
		if (asOf == null) {
			return;
		}
		List<OnTime> onTime = source.onTime();
		this.canvas.newPage();
		this.canvas.heading("Timeliness", 40);
		this.canvas.paragraph(
				"As of " + asOf + ". A version is due by the end of its due day (the document's Deadline, or the"
						+ " job's due rule for its series, by default its weeks before the session opens); one still"
						+ " missing after the session opened is not available at the opening. In-session papers have"
						+ " no deadline. The share counts the versions due. Listed below are the versions late, overdue"
						+ " or not available at the opening; the workbook's Timeliness sheet keeps the full list.",
				this.canvas.fonts.regular, 10, 0);
		PdfTable table = new PdfTable(this.canvas, "On time per language",
				List.of(new Column("Language", 130, Align.LEFT), new Column("Due", 50, Align.RIGHT),
						new Column("On time", 55, Align.RIGHT), new Column("Late", 50, Align.RIGHT),
						new Column("Overdue", 55, Align.RIGHT), new Column("Not at opening", 80, Align.RIGHT),
						new Column("Not yet due", 65, Align.RIGHT), new Column("No deadline", 65, Align.RIGHT),
						new Column("On time", 60, Align.RIGHT)));
		for (OnTime line : onTime) {
			List<String> texts = List.of(name(line), PdfSummaryPage.count(line.due()),
					PdfSummaryPage.count(line.onTime()), PdfSummaryPage.count(line.late()),
					PdfSummaryPage.count(line.overdue()), PdfSummaryPage.count(line.notAtOpening()),
					PdfSummaryPage.count(line.notYetDue()), PdfSummaryPage.count(line.noDeadline()), share(line));
			table.row(texts.stream().map((line.language() == null) ? Cell::bold : Cell::of).toList());
		}
		chart(onTime);
		PdfTable versions = new PdfTable(this.canvas, MISSED,
				List.of(new Column("Symbol", 200, Align.LEFT), new Column("Language", 60, Align.CENTER),
						new Column("Due", 80, Align.LEFT), new Column("Available since", 90, Align.LEFT),
						new Column("Verdict", 160, Align.LEFT)));
		source.timeliness(PdfSections.each((line) -> {
			if (missed(line.verdict())) {
				versions.row(List.of(Cell.of(line.symbol()), Cell.of(String.valueOf(line.language().letter())),
						Cell.of(line.due().toString()),
						Cell.of((line.availableSince() != null) ? line.availableSince().toString() : ""),
						Cell.of(line.verdict().text())));
			}
		}));
		if (versions.rows() == 0) {
			this.canvas.heading(MISSED, 20);
			this.canvas.paragraph("None: no version has missed its due date.", this.canvas.fonts.regular, 10, 0);
		}
	}

	/** Whether the version missed its due date: the ones to chase, and the ones the section lists. */
	static boolean missed(Verdict verdict) {
		return verdict.kind() == Verdict.Kind.LATE || verdict.kind() == Verdict.Kind.OVERDUE
				|| verdict.kind() == Verdict.Kind.NOT_AT_OPENING;
	}

	/**
	 * The on-time share per language; a language with nothing due has no bar and says so.
	 */
	private void chart(List<OnTime> onTime) throws IOException {
		PdfBarChart.draw(this.canvas, "Due versions available on time",
				onTime.stream()
						.map((line) -> new PdfBarChart.Bar(name(line), line.language() == null,
								Percent.of(line.onTime(), line.due()).map(Percent::fraction).orElse(null), share(line)))
						.toList());
	}

	private static String name(OnTime line) {
		return (line.language() != null)
				? line.language().displayName() + " (" + line.language().letter() + ")"
				: "Overall";
	}

	private static String share(OnTime line) {
		return Percent.of(line.onTime(), line.due()).map(Percent::spaced).orElse("none due");
	}

}
