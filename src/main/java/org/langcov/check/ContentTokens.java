package org.langcov.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;

/**
 * The tokens of a page's content stream, read straight from its decoded bytes for {@link QuickText}: the same operands
 * and operators, made of the same bytes, as PDFBox's {@code PDFStreamParser} reads, several times faster, since it
 * reads an array rather than a stream a byte at a time (issue 19: that parser took a fifth of a cold run's inspection).
 * <p>
 * It reads what a content stream is made of when it is written as the format says: numbers, names, literal and
 * hexadecimal strings, arrays and dictionaries of those, booleans, {@code null} and operators. Where PDFBox's parser
 * repairs, guesses or stops (an inline image, a string or an array the stream ends in, a number or a name it rejects, a
 * dictionary or an array it reads by its heuristics), this reader throws {@link Unsupported} and the page is read again
 * by PDFBox's parser, so that the text is always what that parser gives.
 */
final class ContentTokens {

	/** Arrays and dictionaries nested deeper than this are left to PDFBox's parser. */
	private static final int MAX_DEPTH = 32;

	private final byte[] data;

	private int position;

	ContentTokens(byte[] data) {
		this.data = data;
	}

	/**
	 * The next token: an operand ({@link COSBase}), an operator's name ({@link String}), or {@code null} at the end.
	 *
	 * @throws Unsupported
	 *             at what this reader leaves to PDFBox's parser
	 */
	Object next() throws Unsupported {
		skipSpaces();
		int c = peek();
		switch (c) {
			case -1 :
				return null;
			case '<' :
				return (peek(1) == '<') ? dictionary(0) : hexString();
			case '[' :
				return array(0);
			case '(' :
				return literalString();
			case '/' :
				return name();
			case 'n' : {
				String word = word();
				return word.equals("null") ? COSNull.NULL : operatorNamed(word);
			}
			case 't' :
			case 'f' : {
				String word = word();
				if (word.equals("true")) {
					return COSBoolean.TRUE;
				}
				return word.equals("false") ? COSBoolean.FALSE : operatorNamed(word);
			}
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.' :
				return operandNumber();
			case 'B' : {
				String word = word();
				if (word.equals("BI")) {
					// an inline image: its data is found by PDFBox's heuristics
					throw new Unsupported();
				}
				return operatorNamed(word);
			}
			case 'I' :
				throw new Unsupported();
			case ']' :
				// a stray bracket, which PDFBox's parser reads as null
				this.position++;
				return COSNull.NULL;
			default :
				return operator();
		}
	}

	/** An operator read as PDFBox's parser reads one that starts with none of the letters above. */
	private String operator() throws Unsupported {
		int start = this.position;
		int c = peek();
		while (c != -1 && !isWhitespace(c) && c != '[' && c != '<' && c != '(' && c != '/' && c != '%'
				&& (c < '0' || c > '9')) {
			this.position++;
			int next = peek();
			// Type 3 glyph procedures' d0 and d1
			if (c == 'd' && (next == '0' || next == '1')) {
				this.position++;
				next = peek();
			}
			c = next;
		}
		return operatorNamed(latin1(start, this.position));
	}

	/**
	 * An operator's name, when it is made of printable ASCII characters: PDFBox's parser trims others, and ends the
	 * stream at an operator that trims to nothing.
	 */
	private static String operatorNamed(String name) throws Unsupported {
		if (name.isEmpty()) {
			throw new Unsupported();
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c <= ' ' || c > '~') {
				throw new Unsupported();
			}
		}
		return name;
	}

	/** A number among an operator's operands, read as PDFBox's content-stream parser reads one. */
	private COSBase operandNumber() throws Unsupported {
		StringBuilder number = new StringBuilder();
		int c = this.data[this.position++];
		number.append((char) c);
		// a double minus is read as one
		if (c == '-' && peek() == '-') {
			this.position++;
		}
		boolean dotNotRead = c != '.';
		for (int next = peek(); isDigit(next) || (dotNotRead && next == '.') || next == '-'; next = peek()) {
			if (next != '-') {
				// a minus inside a number is ignored
				number.append((char) next);
			}
			this.position++;
			if (next == '.') {
				dotNotRead = false;
			}
		}
		String text = number.toString();
		if (text.equals("+")) {
			return COSNull.NULL;
		}
		return number(text);
	}

	/** A number inside an array or a dictionary, read as PDFBox's parser reads objects. */
	private COSBase objectNumber() throws Unsupported {
		int start = this.position;
		for (int c = peek(); isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'E' || c == 'e'; c = peek()) {
			this.position++;
		}
		int last = this.data[this.position - 1];
		if (last == 'e' || last == 'E') {
			// as in 74191endobj
			this.position--;
		}
		return number(latin1(start, this.position));
	}

	private static COSBase number(String text) throws Unsupported {
		try {
			return COSNumber.get(text);
		} catch (IOException | RuntimeException ex) {
			throw new Unsupported();
		}
	}

	/** A literal string, its escapes read and its balanced parentheses kept, as PDFBox's parser reads it. */
	private COSString literalString() throws Unsupported {
		this.position++;
		byte[] out = new byte[32];
		int length = 0;
		int braces = 1;
		while (braces > 0) {
			int c = read();
			if (c == -1) {
				// a string the stream ends in
				throw new Unsupported();
			}
			if (c == ')') {
				braces = endsString(braces - 1);
				if (braces != 0) {
					out = put(out, length++, c);
				}
			} else if (c == '(') {
				braces++;
				out = put(out, length++, c);
			} else if (c == '\\') {
				int next = read();
				switch (next) {
					case -1 -> throw new Unsupported();
					case 'n' -> out = put(out, length++, '\n');
					case 'r' -> out = put(out, length++, '\r');
					case 't' -> out = put(out, length++, '\t');
					case 'b' -> out = put(out, length++, '\b');
					case 'f' -> out = put(out, length++, '\f');
					case ')' -> {
						// a backslash that ends a string, as in (c:\)
						braces = endsString(braces);
						out = put(out, length++, (braces != 0) ? ')' : '\\');
					}
					case '\n', '\r' -> {
						// a line continued: the line breaks are dropped
						while (peek() == '\n' || peek() == '\r') {
							this.position++;
						}
					}
					case '0', '1', '2', '3', '4', '5', '6', '7' -> {
						int value = next - '0';
						for (int digits = 1; digits < 3 && peek() >= '0' && peek() <= '7'; digits++) {
							value = value * 8 + (read() - '0');
						}
						out = put(out, length++, value);
					}
					// any other escaped character stands for itself, the backslash dropped
					default -> out = put(out, length++, next);
				}
			} else {
				out = put(out, length++, c);
			}
		}
		return new COSString(Arrays.copyOf(out, length));
	}

	/**
	 * PDFBox's guess that a closing parenthesis ends a string whose parentheses are not balanced: it does when a line
	 * break and a name or the end of a dictionary follow. Here {@code braces} is what is still open.
	 */
	private int endsString(int braces) {
		if (braces == 0 || this.position + 3 > this.data.length) {
			return braces;
		}
		int first = this.data[this.position];
		int second = this.data[this.position + 1];
		int third = this.data[this.position + 2];
		if (((first == '\r' || first == '\n') && (second == '/' || second == '>'))
				|| (first == '\r' && second == '\n' && (third == '/' || third == '>'))) {
			return 0;
		}
		return braces;
	}

	/** A hexadecimal string, its white space skipped and an odd last digit read as followed by 0. */
	private COSString hexString() throws Unsupported {
		this.position++;
		byte[] out = new byte[16];
		int length = 0;
		int high = -1;
		while (true) {
			int c = read();
			int value = hexValue(c);
			if (value >= 0) {
				if (high < 0) {
					high = value;
				} else {
					out = put(out, length++, high * 16 + value);
					high = -1;
				}
			} else if (c == '>') {
				break;
			} else if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\b' && c != '\f') {
				// the end of the stream, or a character PDFBox's parser skips to the end with
				throw new Unsupported();
			}
		}
		if (high >= 0) {
			out = put(out, length++, high * 16);
		}
		return new COSString(Arrays.copyOf(out, length));
	}

	/** A name, its {@code #} escapes read as PDFBox's parser reads them. */
	private COSName name() throws Unsupported {
		this.position++;
		byte[] out = new byte[16];
		int length = 0;
		for (int c = peek(); !isEndOfName(c); c = peek()) {
			this.position++;
			if (c == '#') {
				int first = peek();
				int second = peek(1);
				if (first == -1 || second == -1) {
					throw new Unsupported();
				}
				if (hexValue(first) >= 0 && hexValue(second) >= 0) {
					this.position += 2;
					out = put(out, length++, hexValue(first) * 16 + hexValue(second));
					continue;
				}
			}
			out = put(out, length++, c);
		}
		return COSName.getPDFName(Arrays.copyOf(out, length));
	}

	/** An array of the objects a content stream's operands are made of. */
	private COSArray array(int depth) throws Unsupported {
		if (depth >= MAX_DEPTH) {
			throw new Unsupported();
		}
		this.position++;
		COSArray array = new COSArray();
		skipSpaces();
		for (int c = peek(); c != ']'; c = peek()) {
			if (c == -1) {
				throw new Unsupported();
			}
			array.add(object(depth + 1));
			skipSpaces();
		}
		this.position++;
		return array;
	}

	/**
	 * A dictionary among the operands (a marked-content property list): its keys and values read to find where it ends;
	 * it is returned empty, since {@link QuickText} reads no operand of the operators that take one.
	 */
	private COSDictionary dictionary(int depth) throws Unsupported {
		if (depth >= MAX_DEPTH) {
			throw new Unsupported();
		}
		this.position += 2;
		while (true) {
			skipSpaces();
			int c = peek();
			if (c == '>') {
				break;
			}
			if (c != '/') {
				throw new Unsupported();
			}
			name();
			object(depth + 1);
			skipSpaces();
			if (isDigit(peek())) {
				// a number followed by another, as in an object reference
				throw new Unsupported();
			}
		}
		if (peek(1) != '>') {
			throw new Unsupported();
		}
		this.position += 2;
		return new COSDictionary();
	}

	/** An element of an array or a value of a dictionary. */
	private COSBase object(int depth) throws Unsupported {
		skipSpaces();
		int c = peek();
		switch (c) {
			case '<' :
				return (peek(1) == '<') ? dictionary(depth) : hexString();
			case '[' :
				return array(depth);
			case '(' :
				return literalString();
			case '/' :
				return name();
			case 'n' :
				return expect("null", COSNull.NULL);
			case 't' :
				return expect("true", COSBoolean.TRUE);
			case 'f' :
				return expect("false", COSBoolean.FALSE);
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.' :
				return objectNumber();
			default :
				// a reference, or what PDFBox's parser skips with a warning
				throw new Unsupported();
		}
	}

	private COSBase expect(String word, COSBase value) throws Unsupported {
		int end = this.position + word.length();
		if (end > this.data.length || !latin1(this.position, end).equals(word) || !isEndOfName(at(end))) {
			throw new Unsupported();
		}
		this.position = end;
		return value;
	}

	/** Characters up to white space or a delimiter, as PDFBox's parser reads a keyword. */
	private String word() {
		int start = this.position;
		while (!isEndOfName(peek())) {
			this.position++;
		}
		return latin1(start, this.position);
	}

	/** White space and comments. */
	private void skipSpaces() {
		for (int c = peek(); isWhitespace(c) || c == '%'; c = peek()) {
			this.position++;
			if (c == '%') {
				while (peek() != -1 && peek() != '\n' && peek() != '\r') {
					this.position++;
				}
			}
		}
	}

	private int peek() {
		return at(this.position);
	}

	private int peek(int ahead) {
		return at(this.position + ahead);
	}

	private int at(int index) {
		return (index < this.data.length) ? this.data[index] & 0xff : -1;
	}

	private int read() {
		int c = peek();
		if (c != -1) {
			this.position++;
		}
		return c;
	}

	private String latin1(int start, int end) {
		return new String(this.data, start, end - start, StandardCharsets.ISO_8859_1);
	}

	private static byte[] put(byte[] out, int index, int value) {
		byte[] room = (index < out.length) ? out : Arrays.copyOf(out, out.length * 2);
		room[index] = (byte) value;
		return room;
	}

	private static boolean isWhitespace(int c) {
		return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
	}

	static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	static int hexValue(int c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		return (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
	}

	private static boolean isEndOfName(int c) {
		return switch (c) {
			case ' ', '\r', '\n', 9, '>', '<', '[', '/', ']', ')', '(', 0, '\f', '%', -1 -> true;
			default -> false;
		};
	}

	/** What this reader leaves to PDFBox's parser; carries no stack trace, being thrown to be caught at once. */
	static final class Unsupported extends Exception {

		private static final long serialVersionUID = 1L;

		Unsupported() {
			super(null, null, false, false);
		}

	}

}
