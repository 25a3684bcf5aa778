package org.langcov.check;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFObjectStreamParser;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's parser ({@code Loader.loadPDF}), except that the objects of an object stream are parsed as far as they are
 * asked for instead of all at once. PDFBox parses every object of a stream when the first one is needed; a page's text
 * needs its fonts' dictionaries but not their widths and descriptors, which writers put in the same streams (the cold
 * run's profile gave a quarter of the inspection threads' time to parsing them).
 * <p>
 * The objects are parsed as PDFBox parses them, in the same order and from the same positions: a stream's objects are
 * read one after another in the order of their offsets, up to the one asked for; those passed on the way are kept until
 * they are asked for. Only where PDFBox's parse of a stream fails part-way do the two differ: PDFBox then has none of
 * its objects, this parser has those that were asked for before the failure was reached (every later one is none, as in
 * PDFBox). A stream whose offsets name an object number twice is parsed whole at the first request, as PDFBox parses it
 * (the later of two objects of one number wins).
 */
final class OnDemandParser extends PDFParser {

	private final Map<Long, ObjectStream> streams = new HashMap<>();

	private OnDemandParser(RandomAccessRead source, StreamCacheCreateFunction streamCache) throws IOException {
		super(source, "", null, null, streamCache);
	}

	/** The document, as {@code Loader.loadPDF(source, "", null, null, streamCache)} gives it. */
	static PDDocument load(RandomAccessRead source, StreamCacheCreateFunction streamCache) throws IOException {
		return new OnDemandParser(source, streamCache).parse();
	}

	@Override
	protected COSBase parseObjectStreamObject(long objstmObjNr, COSObjectKey key) throws IOException {
		ObjectStream stream = this.streams.get(objstmObjNr);
		try {
			if (stream == null) {
				COSBase base = this.document.getObjectFromPool(getObjectKey(objstmObjNr, 0)).getObject();
				if (!(base instanceof COSStream cosStream)) {
					return null;
				}
				stream = new ObjectStream(cosStream, this.document);
				this.streams.put(objstmObjNr, stream);
			}
			return stream.take(key);
		} catch (IOException ex) {
			// PDFBox, lenient, logs the failure and has the object as none
			if (isLenient()) {
				return null;
			}
			throw ex;
		}
	}

	/** One object stream, read as far as its objects have been asked for. */
	private static final class ObjectStream extends PDFObjectStreamParser {

		private final int first;

		/** Parsed on the way to another and not asked for yet. */
		private final Map<COSObjectKey, COSBase> parsed = new HashMap<>();

		/** The objects not read yet, by offset: PDFBox's order. */
		private Iterator<Map.Entry<Integer, Long>> ahead;

		private boolean indexNeeded;

		private int index;

		/** A read failed: like PDFBox, which then has none of the stream's objects, the rest are none. */
		private boolean broken;

		ObjectStream(COSStream stream, COSDocument document) throws IOException {
			super(stream, document);
			this.first = stream.getInt(COSName.FIRST);
			int count = stream.getInt(COSName.N);
			try {
				// as PDFObjectStreamParser.parseAllObjects reads the offsets
				Map<Integer, Long> offsets = new TreeMap<>();
				long end = this.source.getPosition() + this.first - 1;
				for (int i = 0; i < count && this.source.getPosition() < end; i++) {
					long number = readObjectNumber();
					offsets.put((int) readLong(), number);
				}
				this.indexNeeded = offsets.size() > offsets.values().stream().distinct().count();
				long position = this.source.getPosition();
				if (this.first > 0 && position < this.first) {
					this.source.skip(this.first - (int) position);
				}
				this.ahead = offsets.entrySet().iterator();
			} catch (IOException | RuntimeException | Error ex) {
				finish();
				throw ex;
			}
		}

		COSBase take(COSObjectKey key) throws IOException {
			COSBase object = this.parsed.remove(key);
			if (object != null || this.broken || this.ahead == null) {
				// read to its end already, or broken
				return object;
			}
			boolean done = false;
			try {
				while (this.ahead.hasNext()) {
					Map.Entry<Integer, Long> entry = this.ahead.next();
					COSObjectKey read = next(entry);
					// with an object number twice, the later object wins: PDFBox's parse of the whole stream
					if (read != null && read.equals(key) && !this.indexNeeded) {
						done = true;
						return this.parsed.remove(key);
					}
				}
				finish();
				done = true;
				return this.parsed.remove(key);
			} finally {
				if (!done) {
					this.broken = true;
					this.parsed.clear();
					finish();
				}
			}
		}

		/** The next object, parsed as PDFObjectStreamParser.parseAllObjects parses it; its key, or null if skipped. */
		private COSObjectKey next(Map.Entry<Integer, Long> entry) throws IOException {
			COSObjectKey key = getObjectKey(entry.getValue(), 0);
			if (this.indexNeeded && key.getStreamIndex() > -1 && key.getStreamIndex() != this.index) {
				this.index++;
				return null;
			}
			int position = this.first + entry.getKey();
			long current = this.source.getPosition();
			if (position > 0 && current < position) {
				this.source.skip(position - (int) current);
			}
			COSBase object = parseDirObject();
			if (object != null) {
				object.setDirect(false);
			}
			this.parsed.put(key, object);
			this.index++;
			return key;
		}

		private void finish() throws IOException {
			this.ahead = null;
			this.source.close();
			this.document = null;
		}

	}

}
