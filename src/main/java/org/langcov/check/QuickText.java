package org.langcov.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.encoding.DictionaryEncoding;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * The text of a document's first pages read straight from their content
 * streams: the strings the text operators show, decoded through each font's
 * {@code ToUnicode} map or its named encoding, in the order the stream shows
 * them, with a line break where the text moves to another line and a space
 * where it moves along one or leaves a wide gap.
 * <p>
 * No glyph is placed, measured or sorted and no font program is read, which
 * makes this several times faster than {@link StrippedText}, the
 * {@code PDFTextStripper} that places every glyph. It is the fast path of a
 * {@link ContentCheck}: when a page uses a font it cannot decode this way (a
 * Type 3 font, a composite font without {@code ToUnicode}, a code its map
 * lacks) or draws a form, it gives up and returns {@code null}, and a verdict
 * it cannot settle is taken again on {@link StrippedText}'s text.
 */
final class QuickText {

	/** A {@code TJ} gap, in thousandths of the font size, read as a space. */
	private static final float WORD_GAP = -150;

	/** Operands kept before an operator: a content stream has a handful. */
	private static final int MAX_OPERANDS = 1_000;

	/** Predefined CMaps ({@code Identity-H} and the CJK ones), parsed once. */
	private static final Map<String, CMap> PREDEFINED = new ConcurrentHashMap<>();

	private final Deadline deadline;

	private final StreamBudget budget;

	private final StringBuilder text = new StringBuilder();

	/** Font decoders of the document, by font dictionary; shared by its pages. */
	private final Map<COSDictionary, Decoder> decoders = new IdentityHashMap<>();

	private QuickText(Deadline deadline, StreamBudget budget) {
		this.deadline = deadline;
		this.budget = budget;
	}

	/**
	 * Reads {@code pages}, the document's first ones, as {@link StrippedText} does:
	 * page 1, and the next ones only while the text is short.
	 *
	 * @return the texts, or {@code null} when a page cannot be read this way
	 */
	static StrippedText.Texts read(List<PDPage> pages, Deadline deadline, StreamBudget budget) throws IOException {
		QuickText reader = new QuickText(deadline, budget);
		int pageOneEnd = -1;
		int read = 0;
		for (PDPage page : pages) {
			if (!reader.append(page)) {
				return null;
			}
			read++;
			if (pageOneEnd < 0) {
				pageOneEnd = reader.text.length();
			}
			if (reader.text.length() >= StrippedText.ENOUGH_CHARS) {
				break;
			}
		}
		String all = reader.text.toString();
		return new StrippedText.Texts(all.substring(0, Math.max(pageOneEnd, 0)), all, read);
	}

	/** Appends the page's text; {@code false} when it cannot be read this way. */
	private boolean append(PDPage page) throws IOException {
		byte[] content = content(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
		if (content == null) {
			return false;
		}
		COSDictionary resources = page.getResources() != null ? page.getResources().getCOSObject() : null;
		COSDictionary fonts = (resources != null) ? resources.getCOSDictionary(COSName.FONT) : null;
		COSDictionary objects = (resources != null) ? resources.getCOSDictionary(COSName.XOBJECT) : null;
		Map<COSName, Decoder> byName = new HashMap<>();
		Decoder font = null;
		List<COSBase> operands = new ArrayList<>();
		PDFStreamParser parser = new PDFStreamParser(content);
		for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
			if (token instanceof COSBase operand) {
				if (operands.size() < MAX_OPERANDS) {
					operands.add(operand);
				}
				continue;
			}
			this.deadline.check();
			if (this.text.length() >= StrippedText.MAX_CHARS) {
				return true;
			}
			switch (((Operator) token).getName()) {
				case "Tf" -> {
					if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
						return false;
					}
					font = byName.computeIfAbsent(name,
							(key) -> decoder((fonts != null) ? fonts.getCOSDictionary(key) : null));
				}
				case "Tj" -> {
					if (!show(font, last(operands))) {
						return false;
					}
				}
				case "'", "\"" -> {
					separate('\n');
					if (!show(font, last(operands))) {
						return false;
					}
				}
				case "TJ" -> {
					if (!operands.isEmpty() && operands.get(0) instanceof COSArray array && !showArray(font, array)) {
						return false;
					}
				}
				case "Td", "TD" -> separate(alongTheLine(operands) ? ' ' : '\n');
				case "T*", "Tm", "ET" -> separate('\n');
				case "Do" -> {
					// a form may hold text, which only the full extraction reads
					if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)
							|| (objects != null && isForm(objects.getDictionaryObject(name)))) {
						return false;
					}
				}
				default -> {
				}
			}
			operands.clear();
		}
		separate('\n');
		return true;
	}

	/**
	 * The page's content, its streams decoded within the budget and joined as
	 * PDFBox joins them; {@code null} when one cannot be decoded.
	 */
	private byte[] content(COSBase contents) {
		if (contents == null) {
			return new byte[0];
		}
		if (contents instanceof COSStream stream) {
			return this.budget.read(stream);
		}
		if (!(contents instanceof COSArray array)) {
			return null;
		}
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		for (int i = 0; i < array.size(); i++) {
			if (array.getObject(i) instanceof COSStream stream) {
				byte[] data = this.budget.read(stream);
				if (data == null) {
					return null;
				}
				joined.writeBytes(data);
				joined.write('\n');
			}
		}
		return joined.toByteArray();
	}

	private boolean showArray(Decoder font, COSArray array) throws IOException {
		// one array may show a whole page, or, in a hostile file, millions of strings
		for (int i = 0; i < array.size() && this.text.length() < StrippedText.MAX_CHARS; i++) {
			COSBase element = array.getObject(i);
			if (element instanceof COSString string) {
				if (!show(font, string)) {
					return false;
				}
			} else if (element instanceof COSNumber gap && gap.floatValue() < WORD_GAP) {
				separate(' ');
			}
		}
		return true;
	}

	private boolean show(Decoder font, COSBase operand) throws IOException {
		if (!(operand instanceof COSString string)) {
			return true;
		}
		return font != null && font.decode(string.getBytes(), this.text);
	}

	/**
	 * Ends a word or a line, once: a line break wins over a space, and nothing
	 * starts the text.
	 */
	private void separate(char separator) {
		int length = this.text.length();
		if (length == 0) {
			return;
		}
		char last = this.text.charAt(length - 1);
		if (last == '\n') {
			return;
		}
		if (last == ' ') {
			if (separator == '\n') {
				this.text.setCharAt(length - 1, '\n');
			}
			return;
		}
		this.text.append(separator);
	}

	/** Whether a {@code Td} moves along the line rather than to another one. */
	private static boolean alongTheLine(List<COSBase> operands) {
		return operands.size() == 2 && operands.get(1) instanceof COSNumber dy && dy.floatValue() == 0;
	}

	private static COSBase last(List<COSBase> operands) {
		return operands.isEmpty() ? null : operands.get(operands.size() - 1);
	}

	private static boolean isForm(COSBase object) {
		COSBase resolved = (object instanceof COSObject reference) ? reference.getObject() : object;
		return !(resolved instanceof COSStream stream) || !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
	}

	/** The font's decoder, or {@code null} when this reader cannot decode it. */
	private Decoder decoder(COSDictionary font) {
		if (font == null) {
			return null;
		}
		return this.decoders.computeIfAbsent(font, (key) -> {
			try {
				return newDecoder(key);
			} catch (IOException | RuntimeException ex) {
				// the full extraction judges a font that cannot be read
				return null;
			}
		});
	}

	private Decoder newDecoder(COSDictionary font) throws IOException {
		COSName type = font.getCOSName(COSName.SUBTYPE);
		CMap toUnicode = cmap(font.getDictionaryObject(COSName.TO_UNICODE));
		if (COSName.TYPE0.equals(type)) {
			COSBase encoding = font.getDictionaryObject(COSName.ENCODING);
			if (toUnicode != null && (COSName.IDENTITY_H.equals(encoding) || COSName.IDENTITY_V.equals(encoding))) {
				return new IdentityDecoder(toUnicode);
			}
			CMap codes = (encoding instanceof COSName name) ? predefined(name.getName()) : cmap(encoding);
			return (toUnicode != null && codes != null) ? new CompositeDecoder(codes, toUnicode) : null;
		}
		if (COSName.TYPE3.equals(type)) {
			return null;
		}
		Encoding encoding = encoding(font.getDictionaryObject(COSName.ENCODING));
		return (toUnicode != null || encoding != null) ? new SimpleDecoder(toUnicode, encoding) : null;
	}

	/** A named encoding, or differences from a named base encoding. */
	private static Encoding encoding(COSBase encoding) {
		if (encoding instanceof COSName name) {
			return Encoding.getInstance(name);
		}
		if (encoding instanceof COSDictionary dictionary
				&& Encoding.getInstance(dictionary.getCOSName(COSName.BASE_ENCODING)) != null) {
			return new DictionaryEncoding(dictionary, true, null);
		}
		return null;
	}

	private CMap cmap(COSBase object) throws IOException {
		if (!(object instanceof COSStream stream)) {
			return null;
		}
		byte[] data = this.budget.read(stream);
		if (data == null) {
			return null;
		}
		try (RandomAccessRead input = new RandomAccessReadBuffer(data)) {
			return new CMapParser().parse(input);
		}
	}

	private static CMap predefined(String name) {
		return PREDEFINED.computeIfAbsent(name, (key) -> {
			try {
				return new CMapParser().parsePredefined(key);
			} catch (IOException | RuntimeException ex) {
				return null;
			}
		});
	}

	/** Turns the bytes of a shown string into text. */
	private interface Decoder {

		/** Appends the text; {@code false} when a code has no known text. */
		boolean decode(byte[] bytes, StringBuilder into) throws IOException;

	}

	/** A Type 0 font: codes of one to four bytes, read by its CMap. */
	private record CompositeDecoder(CMap codes, CMap toUnicode) implements Decoder {

		@Override
		public boolean decode(byte[] bytes, StringBuilder into) throws IOException {
			InputStream input = new ByteArrayInputStream(bytes);
			while (input.available() > 0) {
				String unicode = this.toUnicode.toUnicode(this.codes.readCode(input));
				if (unicode == null) {
					return false;
				}
				into.append(unicode);
			}
			return true;
		}

	}

	/**
	 * A Type 0 font with the {@code Identity} encoding, as most producers write:
	 * codes of two bytes.
	 */
	private record IdentityDecoder(CMap toUnicode) implements Decoder {

		@Override
		public boolean decode(byte[] bytes, StringBuilder into) {
			if (bytes.length % 2 != 0) {
				return false;
			}
			for (int i = 0; i < bytes.length; i += 2) {
				String unicode = this.toUnicode.toUnicode(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff));
				if (unicode == null) {
					return false;
				}
				into.append(unicode);
			}
			return true;
		}

	}

	/** A simple font: one byte a code, by its ToUnicode map or its encoding. */
	private record SimpleDecoder(CMap toUnicode, Encoding encoding) implements Decoder {

		@Override
		public boolean decode(byte[] bytes, StringBuilder into) {
			for (byte b : bytes) {
				int code = b & 0xff;
				String unicode = (this.toUnicode != null) ? this.toUnicode.toUnicode(code) : null;
				if (unicode == null && this.encoding != null) {
					unicode = GlyphList.getAdobeGlyphList().toUnicode(this.encoding.getName(code));
				}
				if (unicode == null) {
					return false;
				}
				into.append(unicode);
			}
			return true;
		}

	}

}
