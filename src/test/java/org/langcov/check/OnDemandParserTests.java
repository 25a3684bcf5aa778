package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.vocabulary.Language;

/**
 * {@link OnDemandParser} gives every object PDFBox's parser gives, whatever order they are asked for in: on the
 * fixtures of the six languages (PDFBox's own object streams) and on object streams written here, regular and not
 * (offsets out of order, an object number twice, an object running into the next one's place).
 */
class OnDemandParserTests {

	private static final int STREAM = 90;

	@Test
	void theFixturesObjectsAreParsedAsPdfBoxParsesThemInAnyOrder() throws IOException {
		Random random = new Random(19);
		for (Language language : Language.values()) {
			byte[] pdf = UnDocumentPdf.of(language, "E/CN.7/2014/1").toBytes();
			assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/ObjStm");
			for (int order = 0; order < 5; order++) {
				assertSameObjects(pdf, random);
			}
		}
	}

	@Test
	void writtenObjectStreamsRegularOrNotAreParsedAsPdfBoxParsesThem() throws IOException {
		Random random = new Random(2026);
		for (int i = 0; i < 400; i++) {
			int count = 1 + random.nextInt(12);
			List<String> objects = new ArrayList<>();
			for (int j = 0; j < count; j++) {
				objects.add(randomObject(random, 0));
			}
			byte[] pdf = pdf(objects, Layout.values()[i % Layout.values().length], random);
			assertSameObjects(pdf, random);
			assertSameObjects(pdf, random);
		}
	}

	/**
	 * The one difference, which also shows that what is not asked for is not parsed: PDFBox has none of the objects of
	 * a stream it cannot parse to its end; this parser has those asked for before it reaches the break, and none after.
	 */
	@Test
	void aStreamBrokenPartWayHasTheObjectsAskedForBeforeTheBreak() throws IOException {
		byte[] pdf = pdf(List.of("<< /A 1 >>", "[ 1 2 3 ]", "[ <4142", "[ 4 5 ]"), Layout.REGULAR, new Random(1));
		try (PDDocument ours = OnDemandParser.load(new RandomAccessReadBuffer(pdf),
				IOUtils.createMemoryOnlyStreamCache()); PDDocument theirs = Loader.loadPDF(pdf)) {
			assertThat(describe(object(ours, 4))).isEqualTo("<</A i1>>");
			assertThat(object(theirs, 4)).isNull();
			for (int number : new int[]{7, 5, 6}) {
				assertThat(object(ours, number)).isNull();
				assertThat(object(theirs, number)).isNull();
			}
		}
	}

	private enum Layout {
		/** Offsets in ascending order, each object at its own. */
		REGULAR,
		/** The header's pairs shuffled: PDFBox sorts them by offset. */
		SHUFFLED,
		/** The last pair names the first pair's object number again. */
		NUMBER_TWICE,
		/** One object's offset points into the middle of the object before it. */
		OVERLAP
	}

	/**
	 * A PDF of a catalog, a page tree and a page (objects 1 to 3, plain) and the given objects (4 on) in one object
	 * stream, unfiltered, with a cross-reference stream.
	 */
	private static byte[] pdf(List<String> objects, Layout layout, Random random) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<Integer, Integer> offsets = new LinkedHashMap<>();
		write(out, "%PDF-1.7\n");
		offsets.put(1, out.size());
		write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
		offsets.put(2, out.size());
		write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
		offsets.put(3, out.size());
		write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n");
		StringBuilder body = new StringBuilder();
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			int offset = body.length();
			if (layout == Layout.OVERLAP && i == objects.size() / 2 && i > 0) {
				// into the object before
				offset = Math.max(0, offset - 1 - random.nextInt(Math.max(1, objects.get(i - 1).length())));
			}
			pairs.add((4 + i) + " " + offset);
			body.append(objects.get(i)).append('\n');
		}
		if (layout == Layout.NUMBER_TWICE && objects.size() > 1) {
			pairs.set(pairs.size() - 1, "4 " + pairs.get(pairs.size() - 1).split(" ")[1]);
		}
		if (layout == Layout.SHUFFLED) {
			Collections.shuffle(pairs, random);
		}
		String header = String.join(" ", pairs) + "\n";
		byte[] data = (header + body).getBytes(StandardCharsets.ISO_8859_1);
		offsets.put(STREAM, out.size());
		write(out, STREAM + " 0 obj\n<< /Type /ObjStm /N " + objects.size() + " /First " + header.length() + " /Length "
				+ data.length + " >>\nstream\n");
		out.write(data);
		write(out, "\nendstream\nendobj\n");
		int xref = out.size();
		int size = STREAM + 2;
		ByteArrayOutputStream entries = new ByteArrayOutputStream();
		for (int number = 0; number < size; number++) {
			if (offsets.containsKey(number)) {
				entry(entries, 1, offsets.get(number), 0);
			} else if (number == STREAM + 1) {
				entry(entries, 1, xref, 0);
			} else if (number >= 4 && number < 4 + objects.size()) {
				entry(entries, 2, STREAM, number - 4);
			} else {
				entry(entries, 0, 0, 0);
			}
		}
		write(out, (STREAM + 1) + " 0 obj\n<< /Type /XRef /Size " + size + " /W [1 4 2] /Root 1 0 R /Length "
				+ entries.size() + " >>\nstream\n");
		out.write(entries.toByteArray());
		write(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
		return out.toByteArray();
	}

	private static void entry(ByteArrayOutputStream out, int type, int field2, int field3) {
		out.write(type);
		for (int shift = 24; shift >= 0; shift -= 8) {
			out.write(field2 >>> shift);
		}
		out.write(field3 >>> 8);
		out.write(field3);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static String randomObject(Random random, int depth) {
		int kind = random.nextInt(depth > 2 ? 7 : 9);
		return switch (kind) {
			case 0 -> Integer.toString(random.nextInt(2000) - 1000);
			case 1 -> (random.nextInt(2000) - 1000) / 10.0 + "";
			case 2 -> "/N" + random.nextInt(50);
			case 3 -> "(s" + random.nextInt(1000) + ")";
			case 4 ->
				"<" + HexFormat.of().formatHex(new byte[]{(byte) random.nextInt(), (byte) random.nextInt()}) + ">";
			case 5 -> (4 + random.nextInt(12)) + " 0 R";
			case 6 -> random.nextBoolean() ? "true" : (random.nextBoolean() ? "false" : "null");
			case 7 -> {
				StringBuilder array = new StringBuilder("[");
				for (int i = random.nextInt(5); i > 0; i--) {
					array.append(' ').append(randomObject(random, depth + 1));
				}
				yield array.append(" ]").toString();
			}
			default -> {
				StringBuilder dictionary = new StringBuilder("<<");
				for (int i = random.nextInt(5); i > 0; i--) {
					dictionary.append(" /K").append(i).append(' ').append(randomObject(random, depth + 1));
				}
				yield dictionary.append(" >>").toString();
			}
		};
	}

	/** Every object of the cross-reference, asked for in a random order, described the same by both parsers. */
	private static void assertSameObjects(byte[] pdf, Random random) throws IOException {
		try (PDDocument theirs = Loader.loadPDF(pdf);
				PDDocument ours = OnDemandParser.load(new RandomAccessReadBuffer(pdf),
						IOUtils.createMemoryOnlyStreamCache())) {
			List<COSObjectKey> keys = new ArrayList<>(theirs.getDocument().getXrefTable().keySet());
			Collections.shuffle(keys, random);
			for (COSObjectKey key : keys) {
				String expected = describe(theirs.getDocument().getObjectFromPool(key).getObject());
				assertThat(describe(ours.getDocument().getObjectFromPool(key).getObject())).as("object %s", key)
						.isEqualTo(expected);
			}
		}
	}

	private static COSBase object(PDDocument document, int number) {
		return document.getDocument().getObjectFromPool(new COSObjectKey(number, 0)).getObject();
	}

	/** The object as text, references by their keys, so that two documents' objects can be compared. */
	private static String describe(COSBase object) {
		if (object == null) {
			return "none";
		}
		if (object instanceof COSObject reference) {
			return "R" + reference.getObjectNumber() + "." + reference.getGenerationNumber();
		}
		if (object instanceof COSStream stream) {
			StringBuilder text = new StringBuilder("stream<<");
			stream.entrySet().forEach((entry) -> text.append('/').append(entry.getKey().getName()).append(' ')
					.append(describe(entry.getValue())));
			return text.append(">>").toString();
		}
		if (object instanceof COSDictionary dictionary) {
			StringBuilder text = new StringBuilder("<<");
			List<String> entries = new ArrayList<>();
			dictionary.entrySet()
					.forEach((entry) -> entries.add('/' + entry.getKey().getName() + ' ' + describe(entry.getValue())));
			return text.append(String.join(" ", entries)).append(">>").toString();
		}
		if (object instanceof COSArray array) {
			List<String> items = new ArrayList<>();
			for (int i = 0; i < array.size(); i++) {
				items.add(describe(array.get(i)));
			}
			return "[" + String.join(" ", items) + "]";
		}
		if (object instanceof COSInteger number) {
			return "i" + number.longValue();
		}
		if (object instanceof COSFloat number) {
			return "f" + number.floatValue();
		}
		if (object instanceof COSName name) {
			return "/" + name.getName();
		}
		if (object instanceof COSString string) {
			return "(" + HexFormat.of().formatHex(string.getBytes()) + ")";
		}
		if (object instanceof COSBoolean bool) {
			return Boolean.toString(bool.getValue());
		}
		if (object instanceof COSNull) {
			return "null";
		}
		return object.getClass().getSimpleName();
	}

}
