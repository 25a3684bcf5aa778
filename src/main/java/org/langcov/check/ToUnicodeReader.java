package org.langcov.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.langcov.check.ContentTokens.Unsupported;

/**
 * Reads a {@code ToUnicode} CMap into a {@link UnicodeMap} as fontbox 3's {@code CMapParser} (not strict, as langcov
 * makes it) would parse it: the same tokens, by the same rules (its white space, its names, numbers and operators, a
 * dictionary ended by the first key that is not a name), the same sections (the count before each, an entry beyond it
 * read as an ordinary token, a range whose end is below its start ending its section) and the same mappings (a range's
 * codes and text counted up with carries, the later of two mappings of a code kept). Where that parser would throw,
 * read another CMap ({@code usecmap}), map character identifiers ({@code begincidchar}, {@code begincidrange}), or take
 * the identity range {@code <0000> <FFFF> <0000>} for all codes, this reader throws {@link Unsupported} and the map is
 * left to that parser.
 */
final class ToUnicodeReader {

	private static final int EOF = 0;

	private static final int NUMBER = 1;

	private static final int NAME = 2;

	private static final int OPERATOR = 3;

	private static final int HEX = 4;

	private static final int ARRAY = 5;

	/** {@code ]}, or a literal string of that one character, which ends an array for that parser too. */
	private static final int ARRAY_END = 6;

	/** A dictionary, a literal string, a comment, or {@code >>}: none of them means anything at the top level. */
	private static final int OTHER = 7;

	private static final int LONGEST_HEX = 512;

	/** The names whose next token the parser takes as their value, whatever it is. */
	private static final byte[][] VALUED_NAMES = names("WMode", "CMapName", "CMapVersion", "CMapType", "Registry",
			"Ordering", "Supplement");

	private static final byte[] END_CMAP = bytes("endcmap");

	private static final byte[] USE_CMAP = bytes("usecmap");

	private static final byte[] BEGIN_CODESPACE = bytes("begincodespacerange");

	private static final byte[] END_CODESPACE = bytes("endcodespacerange");

	private static final byte[] BEGIN_BFCHAR = bytes("beginbfchar");

	private static final byte[] END_BFCHAR = bytes("endbfchar");

	private static final byte[] BEGIN_BFRANGE = bytes("beginbfrange");

	private static final byte[] END_BFRANGE = bytes("endbfrange");

	private static final byte[] BEGIN_CIDCHAR = bytes("begincidchar");

	private static final byte[] BEGIN_CIDRANGE = bytes("begincidrange");

	private final byte[] data;

	private final UnicodeMap map;

	private int position;

	/** The last token's kind, and for a name or an operator where its bytes are. */
	private int kind;

	private int start;

	private int end;

	/** The last number's value, as the parser's {@code Number.intValue()}. */
	private int number;

	/** The last hexadecimal string's bytes. */
	private byte[] hex;

	/** The last array's hexadecimal strings, and how many elements it had of any kind. */
	private List<byte[]> array;

	private int arrayLength;

	ToUnicodeReader(byte[] data, UnicodeMap map) {
		this.data = data;
		this.map = map;
	}

	/** Reads the map into the {@link UnicodeMap}, up to {@code endcmap} or the end of the bytes. */
	void parse() throws Unsupported {
		int previous = EOF;
		int previousNumber = 0;
		while (next() != EOF) {
			if (this.kind == OPERATOR) {
				if (is(END_CMAP)) {
					return;
				}
				if (is(USE_CMAP)) {
					if (previous == NAME) {
						throw new Unsupported();
					}
				} else if (previous == NUMBER) {
					section(previousNumber);
				}
			} else if (this.kind == NAME && valued()) {
				// the parser takes the next token as the name's value, whatever it is; the name stays the previous one
				next();
				this.kind = NAME;
			}
			previous = this.kind;
			previousNumber = this.number;
		}
	}

	private void section(int count) throws Unsupported {
		if (is(BEGIN_CODESPACE)) {
			codespaceRanges(count);
		} else if (is(BEGIN_BFCHAR)) {
			characters(count);
		} else if (is(BEGIN_BFRANGE)) {
			ranges(count);
		} else if (is(BEGIN_CIDCHAR) || is(BEGIN_CIDRANGE)) {
			throw new Unsupported();
		}
		this.kind = OPERATOR;
	}

	/** Code space ranges say nothing of the text; the parser only checks them. */
	private void codespaceRanges(int count) throws Unsupported {
		for (int j = 0; j < count; j++) {
			if (next() == OPERATOR) {
				expect(END_CODESPACE);
				return;
			}
			byte[] low = hexOrRefuse();
			next();
			byte[] high = hexOrRefuse();
			if (low.length != high.length && !(low.length == 1 && low[0] == 0)) {
				throw new Unsupported();
			}
		}
	}

	private void characters(int count) throws Unsupported {
		for (int j = 0; j < count; j++) {
			if (next() == OPERATOR) {
				expect(END_BFCHAR);
				return;
			}
			byte[] code = hexOrRefuse();
			String unicode;
			if (next() == HEX) {
				unicode = UnicodeMap.text(this.hex);
			} else if (this.kind == NAME) {
				unicode = new String(this.data, this.start, this.end - this.start, StandardCharsets.ISO_8859_1);
			} else {
				throw new Unsupported();
			}
			this.map.map(value(code), code.length, unicode);
		}
	}

	private void ranges(int count) throws Unsupported {
		for (int j = 0; j < count; j++) {
			if (next() == OPERATOR) {
				expect(END_BFRANGE);
				return;
			}
			byte[] first = hexOrRefuse();
			if (next() == OPERATOR) {
				expect(END_BFRANGE);
				return;
			}
			byte[] last = hexOrRefuse();
			int low = value(first);
			int high = value(last);
			if (high < low) {
				// the parser takes it for a corrupt stream and ends the section (PDFBOX-4550)
				return;
			}
			int length = first.length;
			int code = low;
			if (next() == ARRAY) {
				if (this.arrayLength > 0 && this.arrayLength >= high - low) {
					if (this.array.size() != this.arrayLength) {
						throw new Unsupported();
					}
					for (byte[] text : this.array) {
						this.map.map(code, length, UnicodeMap.text(text));
						code = increment(code, length);
					}
				}
			} else if (this.kind == HEX && this.hex.length > 0) {
				byte[] text = this.hex;
				if (text.length == 2 && low == 0 && high == 0xFFFF && text[0] == 0 && text[1] == 0) {
					throw new Unsupported();
				}
				int values = high - low + 1;
				for (int i = 0; i < values; i++) {
					this.map.map(code, length, UnicodeMap.text(text));
					incrementBytes(text);
					code = increment(code, length);
				}
			}
		}
	}

	/** The next code of {@code length} bytes, as the parser counts up its bytes: the first one wraps round. */
	private static int increment(int code, int length) {
		if (length >= 4) {
			return code + 1;
		}
		return (length <= 0) ? code : (code + 1) & ((1 << (8 * length)) - 1);
	}

	/** The parser's count up of a range's text (not strict): the last byte, carried into those before it. */
	private static void incrementBytes(byte[] text) {
		for (int i = text.length - 1; i >= 0; i--) {
			if (i > 0 && text[i] == (byte) 0xFF) {
				text[i] = 0;
			} else {
				text[i]++;
				return;
			}
		}
	}

	/** A code's value as the parser computes it: its bytes in an {@code int}, the first of five or more lost. */
	private static int value(byte[] code) {
		int value = 0;
		for (byte b : code) {
			value = (value << 8) | (b & 0xFF);
		}
		return value;
	}

	private void expect(byte[] operator) throws Unsupported {
		if (!is(operator)) {
			throw new Unsupported();
		}
	}

	private byte[] hexOrRefuse() throws Unsupported {
		if (this.kind != HEX) {
			throw new Unsupported();
		}
		return this.hex;
	}

	private boolean valued() {
		for (byte[] name : VALUED_NAMES) {
			if (is(name)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the last name or operator is made of these bytes. */
	private boolean is(byte[] word) {
		if (this.end - this.start != word.length) {
			return false;
		}
		for (int i = 0; i < word.length; i++) {
			if (this.data[this.start + i] != word[i]) {
				return false;
			}
		}
		return true;
	}

	/** Reads the next token, as the parser's {@code parseNextToken}; its kind. */
	private int next() throws Unsupported {
		int c = read();
		while (c == 0x09 || c == 0x20 || c == 0x0D || c == 0x0A) {
			c = read();
		}
		this.kind = switch (c) {
			case -1 -> EOF;
			case '%' -> {
				while (c != -1 && c != 0x0D && c != 0x0A) {
					c = read();
				}
				yield OTHER;
			}
			case '(' -> literalString();
			case '>' -> {
				if (read() != '>') {
					throw new Unsupported();
				}
				yield OTHER;
			}
			case ']' -> ARRAY_END;
			case '[' -> array();
			case '<' -> {
				if (peek() == '<') {
					this.position++;
					dictionary();
					yield OTHER;
				}
				hexString();
				yield HEX;
			}
			case '/' -> name();
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number();
			default -> operator();
		};
		return this.kind;
	}

	private int literalString() {
		int from = this.position;
		int c = read();
		while (c != -1 && c != ')') {
			c = read();
		}
		int length = this.position - from - ((c == ')') ? 1 : 0);
		return (length == 1 && this.data[from] == ']') ? ARRAY_END : OTHER;
	}

	private int array() throws Unsupported {
		List<byte[]> hexes = new ArrayList<>();
		int length = 0;
		while (next() != EOF && this.kind != ARRAY_END) {
			if (this.kind == HEX) {
				hexes.add(this.hex);
			}
			length++;
		}
		this.array = hexes;
		this.arrayLength = length;
		return ARRAY;
	}

	/** Keys and values up to the first key that is not a name, which the dictionary takes with it. */
	private void dictionary() throws Unsupported {
		while (next() == NAME) {
			next();
		}
	}

	private void hexString() throws Unsupported {
		byte[] bytes = new byte[16];
		int count = 0;
		boolean high = true;
		int c = read();
		while (c != -1 && c != '>') {
			if (c == 0x20 || c == 0x0D || c == 0x0A) {
				c = read();
				continue;
			}
			int digit = ContentTokens.hexValue(c);
			if (digit < 0) {
				throw new Unsupported();
			}
			if (high) {
				if (count == LONGEST_HEX) {
					throw new Unsupported();
				}
				if (count == bytes.length) {
					bytes = Arrays.copyOf(bytes, count * 2);
				}
				bytes[count++] = (byte) (digit << 4);
			} else {
				bytes[count - 1] |= (byte) digit;
			}
			high = !high;
			c = read();
		}
		this.hex = Arrays.copyOf(bytes, count);
	}

	private int name() {
		this.start = this.position;
		int c = read();
		while (!isWhiteSpaceOrEnd(c) && !isDelimiter(c)) {
			c = read();
		}
		if (isDelimiter(c)) {
			this.position--;
		}
		this.end = (c == -1) ? this.position : this.position - (isDelimiter(c) ? 0 : 1);
		return NAME;
	}

	private int number() throws Unsupported {
		int from = this.position - 1;
		boolean fraction = false;
		int c = read();
		while (!isWhiteSpaceOrEnd(c) && (ContentTokens.isDigit(c) || c == '.')) {
			fraction |= c == '.';
			c = read();
		}
		if (c != -1) {
			this.position--;
		}
		String text = new String(this.data, from, this.position - from, StandardCharsets.ISO_8859_1);
		try {
			this.number = fraction ? Double.valueOf(text).intValue() : Integer.parseInt(text);
		} catch (NumberFormatException ex) {
			throw new Unsupported();
		}
		return NUMBER;
	}

	private int operator() {
		this.start = this.position - 1;
		int c = read();
		while (!isWhiteSpaceOrEnd(c) && !isDelimiter(c) && !ContentTokens.isDigit(c)) {
			c = read();
		}
		if (isDelimiter(c) || ContentTokens.isDigit(c)) {
			this.position--;
			this.end = this.position;
		} else {
			this.end = (c == -1) ? this.position : this.position - 1;
		}
		return OPERATOR;
	}

	private int read() {
		return (this.position < this.data.length) ? this.data[this.position++] & 0xFF : -1;
	}

	private int peek() {
		return (this.position < this.data.length) ? this.data[this.position] & 0xFF : -1;
	}

	private static boolean isWhiteSpaceOrEnd(int c) {
		return c == -1 || c == 0x20 || c == 0x0D || c == 0x0A;
	}

	private static boolean isDelimiter(int c) {
		return switch (c) {
			case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> true;
			default -> false;
		};
	}

	private static byte[] bytes(String word) {
		return word.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[][] names(String... names) {
		byte[][] bytes = new byte[names.length][];
		for (int i = 0; i < names.length; i++) {
			bytes[i] = bytes(names[i]);
		}
		return bytes;
	}

}
