package org.langcov.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Inspects one file and says whether it is a PDF that can really be opened.
 * <p>
 * The inspection is a function of the file alone and never throws: every
 * failure becomes a {@link Status} with a detail a person can act on. The
 * checks run in the order of {@link Status}, cheapest first, because PDFBox
 * repairs broken files silently: the size, the {@code %PDF-} header and the
 * {@code %%EOF} tail are judged on the raw bytes before the parser sees them. A
 * file of up to {@value #IN_MEMORY} bytes is read into memory at once, a larger
 * one through a buffered reader; decoded streams are cached in temporary files.
 * <p>
 * A file that opens is then read for its content (see {@link ContentCheck}):
 * the symbols on page 1 and the language of the first pages. Everything that
 * reads the file checks a {@link Deadline}, so that {@link TimedInspection} can
 * end an inspection that takes too long.
 */
public final class PdfInspector implements FileInspection {

	/** How far from each end of the file the header and the tail are looked for. */
	static final int PROBE_BYTES = 1024;

	/**
	 * Files up to this size, most documents, are read into memory at once; larger
	 * ones through a buffered reader. A few of them at a time, one per inspecting
	 * thread.
	 */
	static final long IN_MEMORY = 4L << 20;

	/**
	 * Inspects the file at {@code file} without expectations: whether it opens, and
	 * the language it is in. Never throws.
	 */
	public Inspection inspect(Path file) {
		return inspect(file, null, Deadline.none());
	}

	/** Inspects the file at {@code file} for a slot; never throws. */
	@Override
	public Inspection inspect(Path file, Expected expected) {
		return inspect(file, expected, Deadline.none());
	}

	Inspection inspect(Path file, Expected expected, Deadline deadline) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (NoSuchFileException ex) {
			return Inspection.of(Status.MISSING, "no file at this location");
		} catch (IOException ex) {
			// a symbolic link loop or a folder we may not enter: something is there
			return Inspection.of(Status.UNREADABLE, "cannot look at the file: " + Reasons.io(ex));
		}
		if (attributes.isDirectory()) {
			return Inspection.of(Status.UNREADABLE, "a folder, not a file");
		}
		if (!attributes.isRegularFile()) {
			// reading a pipe or a device could block the run
			return Inspection.of(Status.UNREADABLE, "not a regular file");
		}
		Inspection found = new Inspection(Status.AVAILABLE, "", attributes.size(), null, null, null,
				attributes.lastModifiedTime().toInstant());
		if (attributes.size() == 0) {
			return found.withStatus(Status.EMPTY, "the file has zero bytes");
		}
		try {
			return inspectBytes(file, found, expected, deadline);
		} catch (IOException ex) {
			return found.withStatus(Status.UNREADABLE, "cannot read the file: " + Reasons.io(ex));
		}
	}

	private Inspection inspectBytes(Path file, Inspection found, Expected expected, Deadline deadline)
			throws IOException {
		byte[] data = (found.bytes() <= IN_MEMORY) ? Files.readAllBytes(file) : null;
		byte[] head;
		byte[] tail;
		if (data != null) {
			head = Arrays.copyOf(data, Math.min(PROBE_BYTES, data.length));
			tail = Arrays.copyOfRange(data, Math.max(0, data.length - PROBE_BYTES), data.length);
		} else {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
				head = read(channel, 0);
				tail = read(channel, Math.max(0, channel.size() - PROBE_BYTES));
			}
		}
		Inspection ends = judgeEnds(head, tail, found);
		if (ends != null) {
			return ends;
		}
		// opening the source is I/O on the file (UNREADABLE); parsing it is not
		try (RandomAccessRead source = new GuardedRead(
				(data != null) ? new RandomAccessReadBuffer(data) : new RandomAccessReadBufferedFile(file), deadline)) {
			return parse(source, found, expected, deadline);
		}
	}

	/**
	 * The verdict on the first and last bytes of the file: {@code null} when they
	 * are those of a whole PDF.
	 */
	private static Inspection judgeEnds(byte[] head, byte[] tail, Inspection found) {
		if (!FileKind.contains(head, "%PDF-")) {
			String kind = FileKind.describe(head);
			return found.withStatus(Status.NOT_PDF,
					(kind != null)
							? "no %PDF- header: it looks like " + kind
							: "no %PDF- header in the first 1,024 bytes");
		}
		if (!FileKind.contains(tail, "%%EOF")) {
			return found.withStatus(Status.DAMAGED,
					"cut short: no %%EOF in the last 1,024 bytes, the copy or upload may have stopped early");
		}
		return null;
	}

	/**
	 * Opens and examines the file. Whatever the parser throws ends here as a
	 * status: PDFBox's own security notes say crafted files can loop, nest without
	 * end or exhaust memory, and one file must never fail the run.
	 */
	private Inspection parse(RandomAccessRead source, Inspection found, Expected expected, Deadline deadline) {
		try (PDDocument document = Loader.loadPDF(source, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
			return examine(document, found, expected, deadline);
		} catch (InvalidPasswordException ex) {
			return found.withStatus(Status.ENCRYPTED, "needs a password to open");
		} catch (IOException | RuntimeException ex) {
			return found.withStatus(Status.DAMAGED, "cannot be parsed: " + Reasons.parser(ex));
		} catch (Deadline.Passed ex) {
			return found.withStatus(Status.TIMEOUT, TimedInspection.tookTooLong(deadline.budget()));
		} catch (StreamBudget.Exceeded ex) {
			return found.withStatus(Status.DAMAGED,
					"cannot be read: " + ex.getMessage() + " (a compression bomb, or a broken stream)");
		} catch (StackOverflowError ex) {
			return found.withStatus(Status.DAMAGED, "cannot be parsed: its objects nest too deeply");
		} catch (OutOfMemoryError ex) {
			return found.withStatus(Status.DAMAGED, "cannot be parsed: it needs more memory than the run has");
		} catch (Error ex) {
			return found.withStatus(Status.DAMAGED, "cannot be parsed: the parser failed on it");
		}
	}

	/**
	 * Judges the opened document: its pages, then its content, the document symbols
	 * on page 1 (WRONG_DOCUMENT) and the language of the first pages
	 * (WRONG_LANGUAGE).
	 */
	private Inspection examine(PDDocument document, Inspection found, Expected expected, Deadline deadline)
			throws IOException {
		int pages = document.getNumberOfPages();
		Inspection opened = new Inspection(Status.AVAILABLE, "", found.bytes(), pages,
				String.valueOf(document.getVersion()), null, found.lastModified());
		if (pages == 0) {
			return opened.withStatus(Status.DAMAGED, "has no pages");
		}
		try {
			// the page count comes from the tree's root; a broken tree only shows on a page
			document.getPage(0);
		} catch (RuntimeException ex) {
			return opened.withStatus(Status.DAMAGED, "page 1 cannot be read: " + Reasons.parser(ex));
		}
		return new ContentCheck(document, deadline).judge(opened, expected);
	}

	private static byte[] read(FileChannel channel, long position) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(PROBE_BYTES);
		while (buffer.hasRemaining()) {
			int read = channel.read(buffer, position + buffer.position());
			if (read < 0) {
				break;
			}
		}
		byte[] bytes = new byte[buffer.position()];
		buffer.flip().get(bytes);
		return bytes;
	}

}
