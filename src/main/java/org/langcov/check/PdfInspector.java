package org.langcov.check;

import org.langcov.vocabulary.Status;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Iterator;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Inspects one file and says whether it is a PDF that can really be opened.
 * <p>
 * The inspection is a function of the file alone and never throws: every failure becomes a {@link Status} with a detail
 * a person can act on. The checks run in the order of {@link Status}, cheapest first, because PDFBox repairs broken
 * files silently: the size, the {@code %PDF-} header and the end of the file ({@link FileEnd}) are judged on the raw
 * bytes before the parser sees them. A file of up to {@value #IN_MEMORY} bytes is read into memory at once, a larger
 * one through a buffered reader; decoded streams are cached in temporary files.
 * <p>
 * A file that opens is then read for its content (see {@link ContentCheck}): the symbols on page 1 and the language of
 * the first pages. Everything that reads the file checks a {@link Deadline}, so that {@link TimedInspector} can end an
 * inspection that takes too long.
 */
public final class PdfInspector implements FileInspector {

	/**
	 * The version of the inspection's rules, which caches of its results keep: it goes up whenever a change may give an
	 * unchanged file another verdict, so that the first run after an upgrade inspects every file again. 2: the end of
	 * the file as viewers judge it, text not readable, the language of real pages.
	 */
	public static final int RULES = 2;

	/** How far from the start of the file the header is looked for. */
	static final int PROBE_BYTES = 1024;

	/**
	 * How much of the end of a file too large to read at once is judged: its last cross-reference section and trailer,
	 * and what tools append after them.
	 */
	static final int END_BYTES = 1 << 20;

	/**
	 * Files up to this size, most documents, are read into memory at once; larger ones through a buffered reader. A few
	 * of them at a time, one per inspecting thread.
	 */
	static final long IN_MEMORY = 4L << 20;

	/**
	 * No page, however well compressed, takes fewer bytes of a file: a page count above one page for this many bytes is
	 * checked against the page tree.
	 */
	static final long MIN_PAGE_BYTES = 10;

	/** Where the parser keeps the streams it decodes. */
	private final StreamCacheCreateFunction streamCache;

	/**
	 * An inspector whose parser caches decoded streams in temporary files made by {@code streamCache} (a run's own
	 * temporary folder).
	 */
	public PdfInspector(StreamCacheCreateFunction streamCache) {
		this.streamCache = streamCache;
	}

	/**
	 * An inspector that caches decoded streams in PDFBox's temporary files, in the system's temporary directory: for
	 * tools that inspect files outside a run.
	 */
	public PdfInspector() {
		this(IOUtils.createTempFileOnlyStreamCache());
	}

	/**
	 * Inspects the file at {@code file} without expectations: whether it opens, and the language it is in. Never
	 * throws.
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
		FileEnd end;
		if (data != null) {
			head = Arrays.copyOf(data, Math.min(PROBE_BYTES, data.length));
			end = FileEnd.judge(data, data.length);
		} else {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
				head = read(channel, 0, PROBE_BYTES);
				// the window ends where the padding starts, with a little of the padding
				long last = endOfContent(channel);
				long from = Math.max(0, last - END_BYTES);
				byte[] tail = read(channel, from, (int) (Math.min(channel.size(), last + PROBE_BYTES) - from));
				end = FileEnd.judge(tail, tail.length);
			}
		}
		if (!FileKind.contains(head, "%PDF-")) {
			String kind = FileKind.describe(head);
			return found.withStatus(Status.NOT_PDF,
					(kind != null)
							? "no %PDF- header: it looks like " + kind
							: "no %PDF- header in the first 1,024 bytes");
		}
		if (end.verdict() == FileEnd.Verdict.CUT_SHORT) {
			return found.withStatus(Status.DAMAGED, end.detail());
		}
		Inspection inspection;
		// opening the source is I/O on the file (UNREADABLE); parsing it is not
		try (RandomAccessRead source = new GuardedRead(
				(data != null) ? new RandomAccessReadBuffer(data) : new RandomAccessReadBufferedFile(file), deadline)) {
			inspection = parse(source, found, expected, deadline);
		}
		return withNote(inspection, end.detail());
	}

	/** An available file's note on its end, before the notes on its content. */
	private static Inspection withNote(Inspection inspection, String note) {
		if (note.isEmpty() || inspection.status() != Status.AVAILABLE) {
			return inspection;
		}
		return inspection.withDetail(inspection.detail().isEmpty() ? note : note + "; " + inspection.detail());
	}

	/**
	 * Opens and examines the file. Whatever the parser throws ends here as a status: PDFBox's own security notes say
	 * crafted files can loop, nest without end or exhaust memory, and one file must never fail the run.
	 */
	private Inspection parse(RandomAccessRead source, Inspection found, Expected expected, Deadline deadline) {
		try (PDDocument document = OnDemandParser.load(source, this.streamCache)) {
			return examine(document, found, expected, deadline);
		} catch (InvalidPasswordException ex) {
			return found.withStatus(Status.ENCRYPTED, "needs a password to open");
		} catch (IOException | RuntimeException ex) {
			return found.withStatus(Status.DAMAGED, "cannot be parsed: " + Reasons.parser(ex));
		} catch (Deadline.Passed ex) {
			return found.withStatus(Status.TIMEOUT, TimedInspector.tookTooLong(deadline.budget()));
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
	 * Judges the opened document: its pages, then its content, the document symbols on page 1 (WRONG_DOCUMENT) and the
	 * language of the first pages (WRONG_LANGUAGE).
	 */
	private Inspection examine(PDDocument document, Inspection found, Expected expected, Deadline deadline)
			throws IOException {
		int pages = document.getNumberOfPages();
		String note = "";
		if (pages > found.bytes() / MIN_PAGE_BYTES) {
			// the count is the tree root's word; an absurd one is checked against the tree
			int held = pagesHeld(document, pages, deadline);
			if (held < pages) {
				note = "its page tree says " + String.format("%,d", pages) + " pages, the file holds "
						+ ((held == 0) ? "none" : String.format("%,d", held));
				pages = held;
			}
		}
		Inspection opened = new Inspection(Status.AVAILABLE, "", found.bytes(), pages,
				String.valueOf(document.getVersion()), null, found.lastModified());
		if (pages <= 0) {
			return opened.withStatus(Status.DAMAGED, note.isEmpty() ? "has no pages" : "has no pages: " + note);
		}
		try {
			// the page count comes from the tree's root; a broken tree only shows on a page
			document.getPage(0);
		} catch (RuntimeException ex) {
			return opened.withStatus(Status.DAMAGED, "page 1 cannot be read: " + Reasons.parser(ex));
		}
		return withNote(new ContentCheck(document, deadline).judge(opened, expected), note);
	}

	/**
	 * How many of the pages the tree claims it really holds, up to {@code claimed}.
	 */
	private static int pagesHeld(PDDocument document, int claimed, Deadline deadline) {
		int held = 0;
		try {
			for (Iterator<PDPage> pages = document.getPages().iterator(); pages.hasNext() && held < claimed;) {
				deadline.check();
				pages.next();
				held++;
			}
		} catch (RuntimeException ex) {
			// a reader shows the pages it can reach
		}
		return held;
	}

	/**
	 * Where the file's content ends: before the zeros and white space that tools append, however many there are.
	 */
	private static long endOfContent(FileChannel channel) throws IOException {
		long end = channel.size();
		while (end > 0) {
			long from = Math.max(0, end - PROBE_BYTES * 64);
			byte[] chunk = read(channel, from, (int) (end - from));
			for (int i = chunk.length - 1; i >= 0; i--) {
				if (!FileEnd.isPadding(chunk[i])) {
					return from + i + 1;
				}
			}
			end = from;
		}
		return 0;
	}

	private static byte[] read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length);
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
