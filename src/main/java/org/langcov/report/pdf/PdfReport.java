package org.langcov.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.report.RunTime;
import org.langcov.system.TempFolder;

/**
 * Writes a session's coverage report as a PDF: A4 landscape, its fonts embedded (see {@link PdfFonts}). Page 1 has the
 * title, the run, the summary table and a bar chart of coverage per language; then come the coverage matrix in the
 * layout of the seed's document table, the problems, the available versions whose text could not be read, the changes
 * since the previous run, the rejected register rows, the notes on rows taken not quite as written and, when the
 * session has due dates, its timeliness ({@link PdfTimeliness}), with "Page N of M" at the foot of every page.
 * <p>
 * Pages are buffered in temporary files rather than on the heap, so that the matrix of a large register fits in a small
 * one. Text in any script is drawn: Arabic shaped and right to left, a character no font has as its code in a box. The
 * same source gives the same file: nothing in it depends on the clock but the run's own time.
 */
public final class PdfReport {

	private static final int RULE = 0xBFBFBF;

	private static final int FOOTER_INK = 0x595959;

	private final ZoneId zone;

	/**
	 * Times are shown in the time zone of the machine, where the secretariat reads them.
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
		DateTimeFormatter time = RunTime.formatter(this.zone);
		RunInfo run = source.run();
		try (PDDocument document = new PDDocument(TempFolder.streamCache()); PdfFonts fonts = PdfFonts.load(document)) {
			String left = run.session() + " \u2013 language coverage"
					+ ((run.started() != null) ? " \u2013 run of " + time.format(run.started()) : "");
			try (PdfCanvas canvas = new PdfCanvas(document, fonts)) {
				new PdfSummaryPage(canvas, time).draw(source);
				PdfSections sections = new PdfSections(canvas);
				sections.matrix(source);
				sections.problems(source);
				sections.unverified(source);
				sections.changes(source);
				sections.rejected(source);
				sections.registerNotes(source);
				new PdfTimeliness(canvas).draw(source);
				footers(document, canvas, left);
			} catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			describe(document, run);
			document.save(file.toFile());
		}
	}

	/**
	 * Drawn last, on every page, because "of M" is only known once all pages exist.
	 */
	private static void footers(PDDocument document, PdfCanvas canvas, String left) throws IOException {
		int total = document.getNumberOfPages();
		TextLine leftLine = canvas.fonts.regular.line(left);
		float size = 8;
		float baseline = PdfCanvas.MARGIN - 4;
		float right = PdfCanvas.PAGE.getWidth() - PdfCanvas.MARGIN;
		int number = 0;
		for (PDPage page : document.getPages()) {
			number++;
			TextLine pageOf = canvas.fonts.regular.line("Page " + number + " of " + total);
			canvas.reopen(page);
			canvas.fill(RULE, PdfCanvas.MARGIN, baseline + 11, right - PdfCanvas.MARGIN, 0.5f);
			canvas.text(leftLine, size, FOOTER_INK, PdfCanvas.MARGIN, baseline);
			canvas.text(pageOf, size, FOOTER_INK, right - pageOf.width(size), baseline);
		}
	}

	private void describe(PDDocument document, RunInfo run) {
		// PDFBox would make the file identifier from the clock when saving; made from the run, the same run's report is
		// the same file every time it is written.
		byte[] id = digest(run.session() + "\n" + run.started() + "\n" + run.title());
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		document.getDocument().setDocumentID(ids);
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

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has MD5", ex);
		}
	}

}
