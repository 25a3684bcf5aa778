package org.langcov.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Decodes, with a size limit, every stream the text extraction of a page could decode: its content, its fonts, its
 * forms. PDFBox decodes a stream into memory whole, with no limit and no callback, so a small stream that inflates to
 * gigabytes (a compression bomb) would exhaust the heap there; here it is stopped at {@link #MAX_DECODED} bytes, and
 * the output is counted, not kept.
 */
final class StreamBudget {

	/** Larger than any real page's content, font or form. */
	static final long MAX_DECODED = 64L << 20;

	/** Objects looked at per page: real pages reach a few hundred. */
	private static final int MAX_OBJECTS = 5_000;

	/**
	 * Keys that lead away from what the text extraction reads: up the page tree, to other pages, to annotations,
	 * actions and metadata.
	 */
	private static final Set<COSName> SKIPPED = Set.of(COSName.PARENT, COSName.ANNOTS, COSName.P, COSName.DEST,
			COSName.A, COSName.AA, COSName.B, COSName.THUMB, COSName.METADATA, COSName.PIECE_INFO,
			COSName.STRUCT_PARENTS, COSName.getPDFName("Outlines"));

	private final Deadline deadline;

	private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

	StreamBudget(Deadline deadline) {
		this.deadline = deadline;
	}

	/**
	 * Checks the page's streams.
	 *
	 * @throws Exceeded
	 *             when one of them decodes to more than {@link #MAX_DECODED}
	 */
	void check(PDPage page) {
		Deque<COSBase> todo = new ArrayDeque<>();
		todo.push(page.getCOSObject());
		PDResources resources = page.getResources();
		if (resources != null) {
			// resources may be inherited from the page tree, which the walk does not climb
			todo.push(resources.getCOSObject());
		}
		int visited = 0;
		while (!todo.isEmpty() && visited < MAX_OBJECTS) {
			this.deadline.check();
			COSBase item = todo.pop();
			if (item instanceof COSObject reference) {
				item = reference.getObject();
			}
			if (item == null || !this.seen.add(item)) {
				continue;
			}
			visited++;
			if (item instanceof COSStream stream && !isImage(stream)) {
				decode(stream);
			}
			if (item instanceof COSDictionary dictionary) {
				for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
					if (!SKIPPED.contains(entry.getKey())) {
						todo.push(entry.getValue());
					}
				}
			} else if (item instanceof COSArray array) {
				for (int i = 0; i < array.size(); i++) {
					todo.push(array.get(i));
				}
			}
		}
	}

	/**
	 * Decodes one stream within the budget and returns its data, so that a reader needs to decode it only once.
	 *
	 * @return the decoded data, or {@code null} when the stream cannot be decoded
	 * @throws Exceeded
	 *             when it decodes to more than {@link #MAX_DECODED}
	 */
	byte[] read(COSStream stream) {
		Encoded encoded = encoded(stream);
		return (encoded != null) ? decode(stream, encoded) : null;
	}

	/**
	 * The stream's bytes as the file has them, and its filters; the stream counts as read.
	 *
	 * @return {@code null} when a filter is unknown or the bytes cannot be read
	 * @throws Exceeded
	 *             when the stream is longer than {@link #MAX_DECODED}
	 */
	Encoded encoded(COSStream stream) {
		this.deadline.check();
		this.seen.add(stream);
		List<Filter> filters = filters(stream);
		try (InputStream raw = stream.createRawInputStream()) {
			if (filters.isEmpty() && stream.getFilters() != null) {
				return null;
			}
			if (stream.getLength() > MAX_DECODED) {
				throw new Exceeded();
			}
			return new Encoded(raw.readAllBytes(), filters);
		} catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The encoded bytes of the stream decoded, within the budget.
	 *
	 * @return {@code null} when they cannot be decoded
	 * @throws Exceeded
	 *             when they decode to more than {@link #MAX_DECODED}
	 */
	byte[] decode(COSStream stream, Encoded encoded) {
		byte[] data = encoded.bytes();
		try {
			for (int i = 0; i < encoded.filters().size(); i++) {
				// sized for a page's content; it grows as far as the budget lets it
				ByteArrayOutputStream decoded = new ByteArrayOutputStream(
						Math.max(256, Math.min(data.length * 4, 1 << 20)));
				encoded.filters().get(i).decode(new ByteArrayInputStream(data), new Counted(decoded), stream, i);
				data = decoded.toByteArray();
			}
			return data;
		} catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/** A stream's bytes as the file has them, and the filters that decode them, in order. */
	record Encoded(byte[] bytes, List<Filter> filters) {
	}

	/** Images are decoded only to be drawn, never to extract text. */
	private static boolean isImage(COSStream stream) {
		return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
	}

	private void decode(COSStream stream) {
		List<Filter> filters = filters(stream);
		if (filters.isEmpty()) {
			return;
		}
		try (InputStream raw = stream.createRawInputStream()) {
			InputStream input = raw;
			for (int i = 0; i < filters.size(); i++) {
				boolean last = i == filters.size() - 1;
				Counted output = new Counted(last ? OutputStream.nullOutputStream() : new ByteArrayOutputStream());
				filters.get(i).decode(input, output, stream, i);
				if (!last) {
					input = new ByteArrayInputStream(((ByteArrayOutputStream) output.target).toByteArray());
				}
			}
		} catch (IOException | RuntimeException ex) {
			// a stream that cannot be decoded is the text extraction's to judge
		}
	}

	/** The stream's filters as PDFBox applies them: each one once, in order. */
	private static List<Filter> filters(COSStream stream) {
		COSBase names = stream.getFilters();
		List<Filter> filters = new ArrayList<>();
		try {
			if (names instanceof COSName name) {
				filters.add(FilterFactory.INSTANCE.getFilter(name));
			} else if (names instanceof COSArray array) {
				for (int i = 0; i < array.size(); i++) {
					if (array.getObject(i) instanceof COSName name) {
						Filter filter = FilterFactory.INSTANCE.getFilter(name);
						if (!filters.contains(filter)) {
							filters.add(filter);
						}
					}
				}
			}
		} catch (IOException ex) {
			// an unknown filter: PDFBox will say so when it reads the stream
			return List.of();
		}
		return filters;
	}

	/** Counts what a filter writes, and stops it past the limit or the deadline. */
	private final class Counted extends OutputStream {

		private final OutputStream target;

		private long written;

		private long checked;

		Counted(OutputStream target) {
			this.target = target;
		}

		@Override
		public void write(int b) throws IOException {
			count(1);
			this.target.write(b);
		}

		@Override
		public void write(byte[] b, int offset, int length) throws IOException {
			count(length);
			this.target.write(b, offset, length);
		}

		private void count(int bytes) {
			this.written += bytes;
			if (this.written > MAX_DECODED) {
				throw new Exceeded();
			}
			// some filters write byte by byte: the clock is read every 64 kB
			if (this.written - this.checked > 65_536) {
				this.checked = this.written;
				StreamBudget.this.deadline.check();
			}
		}

	}

	/**
	 * Thrown when a stream decodes to more than {@link #MAX_DECODED} bytes; an {@link Error} so that no filter's error
	 * handling can swallow it.
	 */
	static final class Exceeded extends Error {

		private static final long serialVersionUID = 1L;

		Exceeded() {
			super("a stream decodes to more than " + (MAX_DECODED >> 20) + " MB", null, false, false);
		}

	}

}
