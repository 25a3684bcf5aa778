package org.langcov.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a session's two reports so that a failing run leaves the previous ones
 * as they were: each is written to a temporary file beside its place, and both
 * are moved into place only when both are complete.
 */
public final class ReportFiles {

	private static final Logger logger = LoggerFactory.getLogger(ReportFiles.class);

	private final Path folder;

	private final String session;

	public ReportFiles(Path folder, String session) {
		this.folder = folder;
		this.session = session;
	}

	public Path workbook() {
		return this.folder.resolve(this.session + "-coverage.xlsx");
	}

	public Path pdf() {
		return this.folder.resolve(this.session + "-coverage.pdf");
	}

	public void write(ReportSource source) throws IOException {
		Files.createDirectories(this.folder);
		Path workbook = temporary(workbook());
		Path pdf = temporary(pdf());
		try {
			long started = System.nanoTime();
			new ExcelReport().write(source, workbook);
			long written = System.nanoTime();
			new PdfReport().write(source, pdf);
			logger.info("Reports of {} written: workbook in {} ms, PDF in {} ms", this.session,
					(written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
			move(workbook, workbook());
			move(pdf, pdf());
		} finally {
			Files.deleteIfExists(workbook);
			Files.deleteIfExists(pdf);
		}
	}

	/**
	 * A hidden file beside the target, named after this process so that two runs
	 * never share one; created with the folder's usual permissions, which a renamed
	 * temporary file keeps.
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
