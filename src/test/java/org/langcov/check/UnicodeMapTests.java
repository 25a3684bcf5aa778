package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.langcov.check.ContentTokens.Unsupported;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.vocabulary.Language;

/**
 * {@link UnicodeMap} gives every code the text fontbox's {@link CMapParser} and {@link CMap#toUnicode(int)} give it: on
 * the maps of the six languages' fixtures (read by {@link ToUnicodeReader} itself) and on maps written here, as
 * producers write them and broken in the ways the parser has rules for (counts that do not match, ranges that run
 * backwards or past a byte's end, arrays too short, odd hexadecimal digits, tabs and form feeds, comments, strings and
 * dictionaries where codes are expected).
 */
class UnicodeMapTests {

	/** The codes compared: every one- and two-byte code where the written maps put theirs, and longer ones. */
	private static final int[][] WINDOWS = {{0, 0x3FF}, {0x7E00, 0x81FF}, {0xFE00, 0xFFFF}, {0x10000, 0x102FF},
			{0xFFFE00, 0x10002FF}, {0x7FFFFE00, 0x7FFFFFFF}, {0x80000000, 0x800002FF}, {0xFFFFFE00, 0xFFFFFFFF}};

	@Test
	void theFixturesMapsAreReadHereAsFontboxReadsThem() throws IOException {
		int maps = 0;
		for (Language language : Language.values()) {
			byte[] pdf = UnDocumentPdf.of(language, "E/CN.7/2014/1").toBytes();
			for (byte[] map : toUnicodeMaps(pdf)) {
				assertThatCode(() -> new ToUnicodeReader(map, UnicodeMap.of(new byte[0])).parse())
						.doesNotThrowAnyException();
				assertSameTexts(map, language + " map " + maps);
				UnicodeMap actual = UnicodeMap.of(map);
				CMap expected = fontbox(map);
				for (int code = 0; code <= 0xFFFF; code++) {
					assertThat(actual.toUnicode(code)).as("code %04X", code).isEqualTo(expected.toUnicode(code));
				}
				maps++;
			}
		}
		assertThat(maps).isGreaterThanOrEqualTo(Language.values().length);
	}

	@Test
	void writtenMapsRegularOrNotGiveFontboxsTexts() throws IOException {
		Random random = new Random(19);
		int readHere = 0;
		int refused = 0;
		int cases = 3000;
		for (int i = 0; i < cases; i++) {
			byte[] map = new WrittenMap(random).bytes();
			if (!assertSameTexts(map, "map " + i + ":\n" + new String(map, StandardCharsets.ISO_8859_1))) {
				refused++;
			}
			try {
				new ToUnicodeReader(map, UnicodeMap.of(new byte[0])).parse();
				readHere++;
			} catch (Unsupported ex) {
				// left to fontbox
			}
		}
		// most are read here, so that the comparison is of this reader, not of fontbox with itself; some the parser
		// refuses, and this reader must refuse them too
		assertThat(readHere).isGreaterThan(cases * 2 / 3);
		assertThat(refused).isGreaterThan(cases / 50);
	}

	@Test
	void aMapThisReaderLeavesToFontboxIsStillRead() throws IOException {
		byte[] map = ("/CIDInit /ProcSet findresource begin 1 begincidrange <00> <10> 5 endcidrange "
				+ "2 beginbfchar <41> <0062> <42> <0063> endbfchar endcmap").getBytes(StandardCharsets.US_ASCII);
		assertThat(UnicodeMap.of(map).toUnicode(0x41)).isEqualTo("b");
		assertThat(UnicodeMap.of(map).toUnicode(0x42)).isEqualTo("c");
	}

	/** Whether fontbox reads the map (and this reader too), rather than refuse it (and this reader too). */
	private static boolean assertSameTexts(byte[] map, String description) {
		CMap expected;
		try {
			expected = fontbox(map);
		} catch (IOException | RuntimeException ex) {
			try {
				UnicodeMap.of(map);
				fail("fontbox refuses %s (%s), this reader does not", description, ex);
			} catch (IOException | RuntimeException refused) {
				assertThat(refused).as(description).isInstanceOf(ex.getClass());
			}
			return false;
		}
		UnicodeMap actual;
		try {
			actual = UnicodeMap.of(map);
		} catch (IOException | RuntimeException ex) {
			throw new AssertionError("this reader refuses " + description, ex);
		}
		for (int[] window : WINDOWS) {
			for (long code = window[0] & 0xFFFFFFFFL; code <= (window[1] & 0xFFFFFFFFL); code++) {
				int value = (int) code;
				String wanted = expected.toUnicode(value);
				String got = actual.toUnicode(value);
				if (wanted == null ? got != null : !wanted.equals(got)) {
					fail("code %08X of %s: fontbox %s, this reader %s", value, description, wanted, got);
				}
			}
		}
		return true;
	}

	private static CMap fontbox(byte[] map) throws IOException {
		return new CMapParser().parse(new RandomAccessReadBuffer(map));
	}

	private static List<byte[]> toUnicodeMaps(byte[] pdf) throws IOException {
		List<byte[]> maps = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					COSDictionary font = resources.getFont(name).getCOSObject();
					COSBase toUnicode = font.getDictionaryObject(COSName.TO_UNICODE);
					if (toUnicode instanceof COSStream stream) {
						try (var input = stream.createInputStream()) {
							maps.add(input.readAllBytes());
						}
					}
				}
			}
		}
		return maps;
	}

	/**
	 * A map as producers write one (the header, a code space, characters and ranges), with now and then what the parser
	 * has rules for.
	 */
	private static final class WrittenMap {

		private static final HexFormat HEX = HexFormat.of().withUpperCase();

		private final Random random;

		private final StringBuilder text = new StringBuilder();

		/** Whether this map has what the parser has rules for: one in three. */
		private final boolean odd;

		WrittenMap(Random random) {
			this.random = random;
			this.odd = random.nextInt(3) == 0;
		}

		byte[] bytes() {
			if (!rarely()) {
				this.text.append("%!PS-Adobe-3.0 Resource-CMap\n/CIDInit /ProcSet findresource begin\n12 dict begin\n")
						.append("begincmap\n/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n")
						.append(">> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
			}
			int width = 1 + this.random.nextInt(4);
			if (!rarely()) {
				this.text.append("1 begincodespacerange\n").append(hex(new byte[width])).append(' ')
						.append(hex(filled(width, (byte) 0xFF))).append("\nendcodespacerange\n");
			}
			int sections = 1 + this.random.nextInt(4);
			for (int s = 0; s < sections; s++) {
				if (this.random.nextBoolean()) {
					characters(width);
				} else {
					ranges(width);
				}
			}
			if (rarely()) {
				this.text.append(oddity());
			}
			if (!rarely()) {
				this.text.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
			}
			if (rarely()) {
				this.text.append("1 beginbfchar <0041> <0099> endbfchar\n");
			}
			return this.text.toString().getBytes(StandardCharsets.ISO_8859_1);
		}

		private void characters(int width) {
			int count = 1 + this.random.nextInt(12);
			this.text.append(count(count)).append(" beginbfchar\n");
			for (int i = 0; i < count; i++) {
				this.text.append(hex(code(width))).append(space()).append(destination()).append('\n');
				if (rarely()) {
					this.text.append(oddity());
				}
			}
			this.text.append(rarely() ? "endbfrange" : "endbfchar").append('\n');
		}

		private void ranges(int width) {
			int count = 1 + this.random.nextInt(8);
			this.text.append(count(count)).append(" beginbfrange\n");
			for (int i = 0; i < count; i++) {
				byte[] first = code(width);
				byte[] last = first.clone();
				int length = rarely() ? -this.random.nextInt(3) : this.random.nextInt(rarely() ? 600 : 40);
				add(last, length);
				this.text.append(hex(first)).append(space()).append(hex(last)).append(space());
				if (this.random.nextInt(4) == 0) {
					int elements = Math.max(0, length + 1 - (rarely() ? this.random.nextInt(3) : 0))
							+ (rarely() ? this.random.nextInt(3) : 0);
					// a string "]" ends the array there, and the parser takes the rest for ranges: of texts of two
					// bytes, so that none of those ranges has more than 65,536 codes
					boolean ended = rarely();
					this.text.append('[');
					for (int e = 0; e < elements; e++) {
						if (ended) {
							this.text.append((e == elements / 2) ? "(])" : hex(shortText()));
						} else {
							this.text.append(rarely() ? oddityBut("(])") : hex(text()));
						}
						this.text.append(' ');
					}
					this.text.append(']');
				} else {
					// not a tab alone: the parser would take the next entry's first code for this one's text, and a
					// text of four bytes for a code, the start of a range of billions
					this.text.append(rarely() ? oddityBut("\t") : hex(text()));
				}
				this.text.append('\n');
			}
			this.text.append("endbfrange\n");
		}

		/** A count right, one short or one over, now and then a real number or negative. */
		private String count(int count) {
			return switch (this.odd ? this.random.nextInt(12) : 12) {
				case 0 -> String.valueOf(count - 1);
				case 1 -> String.valueOf(count + 1);
				case 2 -> count + ".0";
				case 3 -> "-" + count;
				default -> String.valueOf(count);
			};
		}

		/** A code near the ends of a byte, where counting up carries; now and then of another width. */
		private byte[] code(int width) {
			int length = rarely() ? 1 + this.random.nextInt(5) : width;
			byte[] code = new byte[length];
			for (int i = 0; i < length; i++) {
				int near = new int[]{0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF}[this.random.nextInt(6)];
				code[i] = (byte) (near + ((i == length - 1) ? this.random.nextInt(64) - 32 : 0));
			}
			return code;
		}

		private byte[] text() {
			int length = switch (this.random.nextInt(10)) {
				case 0 -> 1;
				case 1 -> 4;
				case 2 -> (rarely()) ? 0 : 6;
				default -> 2;
			};
			byte[] text = new byte[length];
			this.random.nextBytes(text);
			if (length == 2 && this.random.nextBoolean()) {
				text[0] = 0;
			}
			if (length > 0 && this.random.nextInt(5) == 0) {
				text[length - 1] = (byte) 0xFF;
			}
			return text;
		}

		private byte[] shortText() {
			byte[] text = new byte[2];
			this.random.nextBytes(text);
			return text;
		}

		private String destination() {
			return this.random.nextInt(20) == 0 ? "/space" : hex(text());
		}

		private String oddityBut(String excluded) {
			String oddity = oddity();
			while (oddity.equals(excluded)) {
				oddity = oddity();
			}
			return oddity;
		}

		/** What the parser has a rule for, where a code, a text or a section is expected. */
		private String oddity() {
			return switch (this.random.nextInt(16)) {
				case 0 -> "% a comment\n";
				case 1 -> "(a string)";
				case 2 -> "(])";
				case 3 -> "<< /Key 1 /Other (x) >>";
				case 4 -> "<0041\t>";
				case 5 -> "<04 1>";
				case 6 -> "<F>";
				case 7 -> "<>";
				case 8 -> "\f";
				case 9 -> "/WMode 1";
				case 10 -> "[<0041> <0042>]";
				case 11 -> "1.5.2";
				case 12 -> "99999999999";
				case 13 -> "> ";
				case 14 -> "/Name usecmap";
				default -> "\t";
			};
		}

		private String space() {
			return switch (this.random.nextInt(10)) {
				case 0 -> "";
				case 1 -> "\t";
				case 2 -> "\r\n";
				default -> " ";
			};
		}

		private String hex(byte[] bytes) {
			String digits = HEX.formatHex(bytes);
			if (this.random.nextInt(8) == 0) {
				digits = digits.toLowerCase();
			}
			return "<" + digits + ">";
		}

		private boolean rarely() {
			return this.odd && this.random.nextInt(25) == 0;
		}

		private static byte[] filled(int length, byte value) {
			byte[] bytes = new byte[length];
			Arrays.fill(bytes, value);
			return bytes;
		}

		/** Adds to a code's bytes, as a number of their width (the first byte wrapping round). */
		private static void add(byte[] code, int amount) {
			long value = 0;
			for (byte b : code) {
				value = (value << 8) | (b & 0xFF);
			}
			value += amount;
			for (int i = code.length - 1; i >= 0; i--) {
				code[i] = (byte) value;
				value >>= 8;
			}
		}

	}

}
