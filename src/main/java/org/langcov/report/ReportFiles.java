package org.langcov.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.langcov.report.html.HtmlReport;
import org.langcov.report.json.JsonReport;
import org.langcov.report.pdf.PdfReport;
import org.langcov.report.workbook.ExcelReport;
import org.langcov.system.TempFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a session's reports, the workbook, the PDF, the documents page and the JSON figures, so that a failing run
 * leaves the previous ones as they were: each is written to a temporary file beside its place, and they are moved into
 * place only when all are complete.
 */
public final class ReportFiles {

	private static final Logger logger = LoggerFactory.getLogger(ReportFiles.class);

	private final Path folder;

	private final String session;

	private final String name;

	public ReportFiles(Path folder, String session) {
		this(folder, session, session + "-coverage");
	}

	private ReportFiles(Path folder, String session, String name) {
		this.folder = folder;
		this.session = session;
		this.name = name;
	}

	/**
	 * The reports of a run judged as of a day ({@code --as-of}), beside the current ones and named for the day
	 * ({@code CND57-coverage-as-of-2014-02-01.xlsx}), so that the current reports stay those of the latest run.
	 */
	public ReportFiles asOf(LocalDate day) {
		return new ReportFiles(this.folder, this.session, this.session + "-coverage-as-of-" + day);
	}

	public Path workbook() {
		return this.folder.resolve(this.name + ".xlsx");
	}

	public Path pdf() {
		return this.folder.resolve(this.name + ".pdf");
	}

	public Path html() {
		return this.folder.resolve(this.name + ".html");
	}

	public Path json() {
		return this.folder.resolve(this.name + ".json");
	}

	/**
	 * Writes the reports from {@code source}, side by side: the workbook on a thread of its own while this one writes
	 * the PDF, then the page and the JSON, so that they take as long as the longer of the two. The source is read once
	 * for all of them ({@link ReadOnce}), by whichever thread asks first.
	 *
	 * @return how many slots the reports list as changed since the previous successful run
	 */
	public long write(ReportSource source) throws IOException {
		return write(ReadOnce.of(source));
	}

	/** As {@link #write(ReportSource)}, keeping at most {@code lines} lines read once for all the reports. */
	long write(ReportSource source, long lines) throws IOException {
		return write(new ReadOnce(source, lines));
	}

	private long write(ReadOnce source) throws IOException {
		Files.createDirectories(this.folder);
		Path workbook = temporary(workbook());
		Path pdf = temporary(pdf());
		Path html = temporary(html());
		Path json = temporary(json());
		ExecutorService workbookThread = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "langcov-workbook");
			thread.setDaemon(true);
			return thread;
		});
		try {
			long started = System.nanoTime();
			Future<Long> workbookWritten = workbookThread.submit(() -> {
				new ExcelReport().write(source, workbook);
				return System.nanoTime();
			});
			try {
				new PdfReport().write(source, pdf);
				new HtmlReport().write(source, html);
				new JsonReport().write(source, json);
			} catch (IOException | RuntimeException | Error ex) {
				// the workbook's thread finishes with its file before the file is deleted
				awaitQuietly(workbookWritten);
				throw ex;
			}
			long pdfWritten = System.nanoTime();
			long workbookDone = finished(workbookWritten);
			logger.info("Reports of {} written side by side: workbook in {} ms, PDF, page and JSON in {} ms",
					this.session, (workbookDone - started) / 1_000_000, (pdfWritten - started) / 1_000_000);
			move(workbook, workbook());
			move(pdf, pdf());
			move(html, html());
			move(json, json());
			return source.changeCount();
		} finally {
			workbookThread.shutdown();
			Files.deleteIfExists(workbook);
			Files.deleteIfExists(pdf);
			Files.deleteIfExists(html);
			Files.deleteIfExists(json);
		}
	}

	/**
	 * Writes the four reports of a small made-up session ({@link WarmUpSource}) into langcov's temporary folder and
	 * deletes them. The reports of a run cost some tenths of a second more than their rows do: the spreadsheet
	 * library's schema types, the fonts, the classes of each sheet and page loaded and their code compiled the first
	 * time. Done beforehand on a core the start of the application leaves idle, that part is paid while the run waits
	 * for something else.
	 *
	 * @return the bytes written, the four reports together
	 * @throws IOException
	 *             when the temporary folder cannot be written (the run itself then says so)
	 */
	public static long warmUp() throws IOException {
		ReportSource source = new WarmUpSource();
		try (TempFolder folder = TempFolder.open()) {
			Path workbook = TempFolder.newFile("warm-up-", ".xlsx");
			Path pdf = TempFolder.newFile("warm-up-", ".pdf");
			Path html = TempFolder.newFile("warm-up-", ".html");
			Path json = TempFolder.newFile("warm-up-", ".json");
			try {
				new ExcelReport().write(source, workbook);
				new PdfReport().write(source, pdf);
				new HtmlReport().write(source, html);
				new JsonReport().write(source, json);
				return Files.size(workbook) + Files.size(pdf) + Files.size(html) + Files.size(json);
			} finally {
				Files.deleteIfExists(workbook);
				Files.deleteIfExists(pdf);
				Files.deleteIfExists(html);
				Files.deleteIfExists(json);
			}
		}
	}

	/**
	 * Deletes the temporary files this process is writing, for a process told to stop before it could finish them.
	 */
	public void discardTemporary() throws IOException {
		Files.deleteIfExists(temporary(workbook()));
		Files.deleteIfExists(temporary(pdf()));
		Files.deleteIfExists(temporary(html()));
		Files.deleteIfExists(temporary(json()));
	}

	/** When the task finished, or what it threw. */
	private static long finished(Future<Long> task) throws IOException {
		try {
			return task.get();
		} catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error failure) {
				throw failure;
			}
			throw new IOException(ex.getCause());
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while writing the reports", ex);
		}
	}

	private static void awaitQuietly(Future<Long> task) {
		try {
			task.get();
		} catch (ExecutionException ex) {
			// the failure already being reported goes first
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A hidden file beside the target, named after this process so that two runs never share one; created with the
	 * folder's usual permissions, which a renamed temporary file keeps.
	 */
	private static Path temporary(Path target) {
		return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
