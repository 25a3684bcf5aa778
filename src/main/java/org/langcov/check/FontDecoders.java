package org.langcov.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.encoding.DictionaryEncoding;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.langcov.check.StreamBudget.Encoded;

/**
 * The font decoders of {@link QuickText}: for each font dictionary of a document, how the bytes of its shown strings
 * become text, through its {@code ToUnicode} map or its named encoding, without reading the font program. A font that
 * cannot be decoded this way (a Type 3 font, a composite font without {@code ToUnicode}, one that cannot be read) has
 * no decoder, and its page is left to {@link StrippedText}.
 */
final class FontDecoders {

	/** Predefined CMaps ({@code Identity-H} and the CJK ones), parsed once. */
	private static final Map<String, CMap> PREDEFINED = new ConcurrentHashMap<>();

	private final StreamBudget budget;

	/** Decoders by font dictionary. */
	private final Map<COSDictionary, Decoder> decoders = new IdentityHashMap<>();

	FontDecoders(StreamBudget budget) {
		this.budget = budget;
	}

	/** The font's decoder, or {@code null} when this reader cannot decode it. */
	Decoder decoder(COSDictionary font) {
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
		UnicodeMap toUnicode = unicodeMap(font.getDictionaryObject(COSName.TO_UNICODE));
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

	private UnicodeMap unicodeMap(COSBase object) throws IOException {
		if (!(object instanceof COSStream stream)) {
			return null;
		}
		Encoded encoded = this.budget.encoded(stream);
		return (encoded != null) ? UnicodeMaps.read(stream, encoded, this.budget) : null;
	}

	private CMap cmap(COSBase object) throws IOException {
		byte[] data = (object instanceof COSStream stream) ? this.budget.read(stream) : null;
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
	interface Decoder {

		/** Appends the text; {@code false} when a code has no known text. */
		boolean decode(byte[] bytes, StringBuilder into) throws IOException;

	}

	/** A Type 0 font: codes of one to four bytes, read by its CMap. */
	private record CompositeDecoder(CMap codes, UnicodeMap toUnicode) implements Decoder {

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
	 * A Type 0 font with the {@code Identity} encoding, as most producers write: codes of two bytes.
	 */
	private record IdentityDecoder(UnicodeMap toUnicode) implements Decoder {

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
	private record SimpleDecoder(UnicodeMap toUnicode, Encoding encoding) implements Decoder {

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
