package org.langcov.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * Writes a session's coverage report as a PDF: A4 landscape, Noto Sans
 * embedded. Page 1 has the title, the run, the summary table and a bar chart of
 * coverage per language; then come the coverage matrix in the layout of the
 * seed's document table, the problems, the changes since the previous run and
 * the rejected register rows, with "Page N of M" at the foot of every page.
 * <p>
 * Pages are buffered in temporary files rather than on the heap, so that the
 * matrix of a large register fits in a small one. Characters the embedded font
 * lacks are shown as {@code ?} rather than failing the report.
 */
public final class PdfReport {

	private final ZoneId zone;

	/**
	 * Times are shown in the time zone of the machine, where the secretariat reads
	 * them.
	 */
	public PdfReport() {
		this(ZoneId.systemDefault());
	}

	/** Times are shown in the given zone, which the report names. */
	public PdfReport(ZoneId zone) {
		this.zone = zone;
	}

	/** Writes the PDF of the source to the file, replacing it. */
	public void write(ReportSource source, Path file) throws IOException {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT).withZone(this.zone);
		RunInfo run = source.run();
		try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
				PdfFonts fonts = PdfFonts.load(document)) {
			try (PdfCanvas canvas = new PdfCanvas(document, fonts)) {
				new PdfSummaryPage(canvas, time).draw(source);
				PdfSections sections = new PdfSections(canvas);
				sections.matrix(source);
				sections.problems(source);
				sections.changes(source);
				sections.rejected(source);
			} catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			String left = run.session() + " \u2013 language coverage"
					+ ((run.started() != null) ? " \u2013 run of " + time.format(run.started()) : "");
			footers(document, fonts, left);
			describe(document, run);
			document.save(file.toFile());
		}
	}

	/**
	 * Drawn last, on every page, because "of M" is only known once all pages exist.
	 */
	private static void footers(PDDocument document, PdfFonts fonts, String left) throws IOException {
		int total = document.getNumberOfPages();
		String printableLeft = PdfFonts.printable(fonts.regular, left);
		float size = 8;
		float baseline = PdfCanvas.MARGIN - 4;
		float right = PdfCanvas.PAGE.getWidth() - PdfCanvas.MARGIN;
		int number = 0;
		for (PDPage page : document.getPages()) {
			number++;
			String pageOf = "Page " + number + " of " + total;
			float width = PdfFonts.width(fonts.regular, size, pageOf);
			try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
				stream.setStrokingColor(0.75f, 0.75f, 0.75f);
				stream.setLineWidth(0.5f);
				stream.moveTo(PdfCanvas.MARGIN, baseline + 11);
				stream.lineTo(right, baseline + 11);
				stream.stroke();
				stream.setNonStrokingColor(0.35f, 0.35f, 0.35f);
				stream.beginText();
				stream.setFont(fonts.regular, size);
				stream.newLineAtOffset(PdfCanvas.MARGIN, baseline);
				stream.showText(printableLeft);
				stream.newLineAtOffset(right - PdfCanvas.MARGIN - width, 0);
				stream.showText(pageOf);
				stream.endText();
			}
		}
	}

	private void describe(PDDocument document, RunInfo run) {
		PDDocumentInformation info = document.getDocumentInformation();
		String title = (run.title() != null && !run.title().isBlank()) ? run.title() : run.session();
		info.setTitle(title + " \u2013 language coverage");
		info.setSubject("Language coverage of session " + run.session());
		info.setCreator("langcov");
		if (run.started() != null) {
			Calendar created = GregorianCalendar.from(run.started().atZone(this.zone));
			info.setCreationDate(created);
		}
	}

}
