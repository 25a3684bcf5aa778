package org.langcov.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.cmap.CMapStrings;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.langcov.check.ContentTokens.Unsupported;

/**
 * A font's {@code ToUnicode} map: the text of each character code, as fontbox's {@link CMap#toUnicode(int)} gives it
 * once its {@link CMapParser} has parsed the same bytes. {@link ToUnicodeReader} reads the map straight from its bytes,
 * where that parser reads them one call at a time and keeps a reverse map besides (issue 19: the parser took 8 % of a
 * cold run's inspection, a tenth of a millisecond for each subset font's map of some hundred bytes). A map that uses
 * another ({@code usecmap}), maps character identifiers, or that the parser refuses or reads by one of its special
 * cases is parsed by fontbox, and looked up in its {@link CMap}.
 */
final class UnicodeMap {

	/** One-byte codes' text, by code. */
	private final String[] oneByte = new String[256];

	/** Two-byte codes' text, in pages of 256 codes by the first byte; a page is made when a code in it is mapped. */
	private final String[][] twoBytes = new String[256][];

	/** Three- and four-byte codes' text, as fontbox keeps them: by their value, one map for both lengths. */
	private final Map<Integer, String> moreBytes = new HashMap<>();

	/** The map fontbox parsed, when this reader left it to fontbox. */
	private final CMap parsed;

	/** Codes mapped here, a code mapped twice counted twice. */
	private int mapped;

	private UnicodeMap(CMap parsed) {
		this.parsed = parsed;
	}

	/**
	 * The map written in these bytes.
	 *
	 * @throws IOException
	 *             when fontbox's parser refuses them
	 */
	static UnicodeMap of(byte[] data) throws IOException {
		UnicodeMap map = new UnicodeMap(null);
		try {
			new ToUnicodeReader(data, map).parse();
			return map;
		} catch (Unsupported ex) {
			try (RandomAccessRead input = new RandomAccessReadBuffer(data)) {
				return new UnicodeMap(new CMapParser().parse(input));
			}
		}
	}

	/** The code's text, or {@code null}: a code under 256 is looked up among one-byte codes first, as fontbox does. */
	String toUnicode(int code) {
		if (this.parsed != null) {
			return this.parsed.toUnicode(code);
		}
		String unicode = (code >= 0 && code < 256) ? this.oneByte[code] : null;
		if (unicode != null) {
			return unicode;
		}
		if (code <= 0xFFFF) {
			if (code < 0) {
				return null;
			}
			String[] page = this.twoBytes[code >>> 8];
			return (page != null) ? page[code & 0xFF] : null;
		}
		return this.moreBytes.get(code);
	}

	/**
	 * How many codes were mapped here, an upper bound of what the map holds; {@code -1} for a map fontbox parsed, whose
	 * size is not known.
	 */
	int mapped() {
		return (this.parsed != null) ? -1 : this.mapped;
	}

	/** Maps a code of {@code length} bytes, its value {@code code}, as fontbox's {@code CMap.addCharMapping}. */
	void map(int code, int length, String unicode) {
		this.mapped++;
		switch (length) {
			case 1 -> this.oneByte[code & 0xFF] = unicode;
			case 2 -> {
				String[] page = this.twoBytes[(code >>> 8) & 0xFF];
				if (page == null) {
					page = new String[256];
					this.twoBytes[(code >>> 8) & 0xFF] = page;
				}
				page[code & 0xFF] = unicode;
			}
			case 3, 4 -> this.moreBytes.put(code, unicode);
			default -> {
				// fontbox maps no code of more than four bytes, nor an empty one
			}
		}
	}

	/** The text of a destination string, as fontbox's parser makes it. */
	static String text(byte[] bytes) {
		return (bytes.length <= 2) ? CMapStrings.getMapping(bytes) : new String(bytes, StandardCharsets.UTF_16BE);
	}

}
