package org.langcov.report.workbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.system.TempFolder;
import org.langcov.timeliness.OnTime;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

/**
 * Writes a session's coverage workbook: the sheets Summary, Coverage, Problems, Files, Changes and Rejected, in this
 * order, then Register notes when rows were taken not quite as written, and Timeliness when the session has due dates.
 * <p>
 * The workbook is streamed: only a window of rows per sheet is in memory, so that a register of 50,000 documents
 * (300,000 slots) fits in a small heap. The Summary sheet is written first on a plain XSSF workbook that the streaming
 * one then wraps, which keeps it a full sheet (for a native chart) while the long sheets stream.
 */
public final class ExcelReport {

	/** The exact headers of the Files sheet, which other tools read. */
	public static final List<String> FILES_HEADERS = List.of("Symbol", "Language", "Status", "Detail", "Location",
			"Bytes", "Pages", "PDF version", "Detected language", "Last modified", "Available since");

	/**
	 * The sheet of register rows taken, but not quite as written; after Rejected, and only when there are such rows.
	 */
	public static final String REGISTER_NOTES = "Register notes";

	/** Rows of each streamed sheet kept in memory. */
	static final int WINDOW = 100;

	private final ZoneId zone;

	/**
	 * Times are shown in the time zone of the machine, where the secretariat reads them.
	 */
	public ExcelReport() {
		this(ZoneId.systemDefault());
	}

	/**
	 * Times are shown in the given zone: a workbook's date-time cells carry none.
	 */
	public ExcelReport(ZoneId zone) {
		this.zone = zone;
	}

	/** Writes the workbook of the source to the file, replacing it. */
	public void write(ReportSource source, Path file) throws IOException {
		TempFolder.forPoi();
		XSSFWorkbook template = new XSSFWorkbook();
		describe(template, source.run());
		ExcelStyles styles = new ExcelStyles(template);
		new SummarySheet(styles, this.zone).write(template.createSheet(SummarySheet.NAME), source);
		Optional<LocalDate> asOf = source.asOf();
		List<OnTime> onTime = asOf.isPresent() ? source.onTime() : List.of();
		if (asOf.isPresent()) {
			// its chart needs a plain sheet; it moves to the end once written
			TimelinessSheet.prepare(template.createSheet(TimelinessSheet.NAME), onTime);
		}
		StreamedWorkbook workbook = new StreamedWorkbook(template, WINDOW);
		StoreLinks links = StoreLinks.of(source.run().store());
		try {
			new CoverageSheet(styles).write(workbook.createSheet(CoverageSheet.NAME), source);
			problems(
					new SheetWriter(workbook.createSheet("Problems"), styles,
							List.of("Symbol", "Language", "Status", "Detail", "Location"), 30, 8, 20, 60, 60),
					links, source);
			files(new SheetWriter(workbook.createSheet("Files"), styles, FILES_HEADERS, 30, 8, 20, 60, 60), links,
					source);
			changes(new SheetWriter(workbook.createSheet("Changes"), styles,
					List.of("Symbol", "Language", "Before", "After"), 30, 8, 20, 20), source);
			rejected(styles, new SheetWriter(workbook.createSheet("Rejected"), styles,
					List.of("Row", "Symbol", "Reason"), 8, 40, 80), source);
			if (source.hasRegisterNotes()) {
				registerNotes(styles, new SheetWriter(workbook.createSheet(REGISTER_NOTES), styles,
						List.of("Row", "Symbol", "Note"), 8, 40, 80), source);
			}
			if (asOf.isPresent()) {
				new TimelinessSheet(styles).write(workbook.getSheet(TimelinessSheet.NAME), source, onTime, asOf.get());
				workbook.setSheetOrder(TimelinessSheet.NAME, workbook.getNumberOfSheets() - 1);
			}
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
				workbook.write(out);
			}
		} finally {
			// The streamed rows wait in temporary files until written; remove them whatever happened.
			workbook.discard();
		}
	}

	/**
	 * The file's properties say what it is, and that it was made at the time of the run rather than of writing, so that
	 * the same run gives the same file.
	 */
	private static void describe(XSSFWorkbook workbook, RunInfo run) {
		CoreProperties properties = workbook.getProperties().getCoreProperties();
		String title = (run.title() != null && !run.title().isBlank()) ? run.title() : run.session();
		// Control characters cannot be written into the properties XML at all.
		properties.setTitle(SheetWriter.fit(title.replaceAll("\\p{Cntrl}", " ") + " \u2013 language coverage"));
		properties.setSubjectProperty("Language coverage of session " + run.session());
		properties.setCreator("langcov");
		properties.setCreated(Optional.ofNullable(run.started()).map(Date::from));
	}

	private static void problems(SheetWriter writer, StoreLinks links, ReportSource source) {
		source.slots((slot) -> {
			if (slot.status().problem()) {
				Row row = writer.row();
				writer.text(row, 0, slot.symbol());
				writer.text(row, 1, letter(slot.language()));
				writer.text(row, 2, slot.status().name());
				writer.text(row, 3, slot.detail());
				writer.link(row, 4, slot.location(), links.link(slot));
			}
		});
		writer.finish();
	}

	private void files(SheetWriter writer, StoreLinks links, ReportSource source) {
		source.slots((slot) -> {
			Row row = writer.row();
			writer.text(row, 0, slot.symbol());
			writer.text(row, 1, letter(slot.language()));
			writer.text(row, 2, slot.status().name());
			writer.text(row, 3, slot.detail());
			writer.link(row, 4, slot.location(), links.link(slot));
			writer.number(row, 5, slot.bytes());
			writer.number(row, 6, slot.pages());
			writer.text(row, 7, slot.pdfVersion());
			writer.text(row, 8, letter(slot.detectedLanguage()));
			writer.dateTime(row, 9,
					(slot.lastModified() != null) ? LocalDateTime.ofInstant(slot.lastModified(), this.zone) : null);
			writer.date(row, 10, slot.availableSince());
		});
		writer.finish();
	}

	private static void changes(SheetWriter writer, ReportSource source) {
		RunInfo run = source.run();
		if (run.firstRun()) {
			writer.note(writer.row(), 0, "This is the first run of session " + run.session()
					+ ", so there is no earlier run to compare with.");
		} else {
			source.changes((change) -> {
				Row row = writer.row();
				writer.text(row, 0, change.symbol());
				writer.text(row, 1, letter(change.language()));
				// An empty Before is a slot that is new; an empty After, one that is gone.
				writer.text(row, 2, name(change.before()));
				writer.text(row, 3, name(change.after()));
			});
		}
		writer.finish();
	}

	private static void rejected(ExcelStyles styles, SheetWriter writer, ReportSource source) {
		source.rejections(
				(rejection) -> registerRow(writer, styles, rejection.row(), rejection.symbol(), rejection.reason()));
		writer.finish();
	}

	/** Rows taken, but not quite as written: a sheet only when there are some. */
	private static void registerNotes(ExcelStyles styles, SheetWriter writer, ReportSource source) {
		source.registerNotes((note) -> registerRow(writer, styles, note.row(), note.symbol(), note.note()));
		writer.finish();
	}

	private static void registerRow(SheetWriter writer, ExcelStyles styles, int number, String symbol, String text) {
		Row row = writer.row();
		writer.number(row, 0, number, styles.plainInteger);
		writer.text(row, 1, symbol);
		writer.text(row, 2, text);
	}

	/**
	 * A language named in full, as everywhere in the workbook but in the Language columns of its lists, which give the
	 * letter alone: {@code Arabic (A)}.
	 */
	static String languageName(Language language) {
		return language.displayName() + " (" + language.letter() + ")";
	}

	private static String letter(Language language) {
		return (language != null) ? String.valueOf(language.letter()) : null;
	}

	private static String name(Status status) {
		return (status != null) ? status.name() : null;
	}

}
