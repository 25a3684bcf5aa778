package org.langcov.check;

import java.nio.charset.StandardCharsets;

/**
 * How a PDF file ends, judged as a reader's viewer judges it: on the bytes before the parser sees them, since PDFBox
 * repairs a file that ends early without a word.
 * <p>
 * A viewer opens a file whose last cross-reference section and trailer are complete, whatever follows them: the zeros
 * or junk that upload tools append after {@code %%EOF}, or a marker that is missing or mangled. Only a file that ends
 * early, inside an object or a stream or before its last trailer, is cut short; its detail says what its end shows and
 * never guesses why.
 *
 * @param verdict
 *            what the end says
 * @param detail
 *            the note of an available file, or the reason it is cut short; empty for a whole file
 */
record FileEnd(Verdict verdict, String detail) {

	/** The verdict on a file's end. */
	enum Verdict {

		/** The last trailer and {@code %%EOF}, nothing but white space after. */
		WHOLE,

		/** Complete, with more after it than the format allows: a note. */
		NOTE,

		/** It ends early: DAMAGED. */
		CUT_SHORT

	}

	static final String DATA_AFTER_EOF = "data after %%EOF";

	static final String NO_EOF_MARKER = "no %%EOF marker";

	private static final FileEnd WHOLE = new FileEnd(Verdict.WHOLE, "");

	/**
	 * Judges the end of a file from its last bytes.
	 *
	 * @param bytes
	 *            the file's last bytes (all of it, or a window at its end)
	 * @param length
	 *            how many of them there are, from the start of the array
	 */
	static FileEnd judge(byte[] bytes, int length) {
		int end = length;
		boolean padded = false;
		while (end > 0 && isPadding(bytes[end - 1])) {
			padded |= !isWhiteSpace(bytes[end - 1]);
			end--;
		}
		int marker = lastIndexOf(bytes, 0, end, "%%EOF");
		if (marker >= 0) {
			int after = marker + "%%EOF".length();
			if (after == end) {
				return padded ? note(DATA_AFTER_EOF) : WHOLE;
			}
			if (!hasStructure(bytes, after, end)) {
				return note(DATA_AFTER_EOF);
			}
			// an update appended after the marker: judged by its own end
			return judgeUnmarked(bytes, after, end);
		}
		return judgeUnmarked(bytes, 0, end);
	}

	/**
	 * The end of a stretch with no {@code %%EOF} after it: complete when it ends with {@code startxref} and an offset,
	 * whatever remnant of a marker ({@code %%EO}, {@code %EOF}) follows.
	 */
	private static FileEnd judgeUnmarked(byte[] bytes, int from, int end) {
		int startxref = lastIndexOf(bytes, from, end, "startxref");
		if (startxref >= 0) {
			int i = skipWhiteSpace(bytes, startxref + "startxref".length(), end);
			int digits = i;
			while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
				i++;
			}
			if (i > digits && !hasStructure(bytes, i, end)) {
				return note(NO_EOF_MARKER);
			}
		}
		if (endsWithTrailer(bytes, from, end)) {
			return note(NO_EOF_MARKER);
		}
		return new FileEnd(Verdict.CUT_SHORT, "cut short: " + lastSeen(bytes, from, end));
	}

	/**
	 * Whether the stretch ends with a whole trailer dictionary, after its cross-reference table, and at most a
	 * {@code startxref} without its offset: everything a reader needs is there.
	 */
	private static boolean endsWithTrailer(byte[] bytes, int from, int end) {
		int trailer = lastIndexOf(bytes, from, end, "trailer");
		if (trailer < 0 || lastKeyword(bytes, from, trailer, "xref") < 0) {
			return false;
		}
		int i = skipWhiteSpace(bytes, trailer + "trailer".length(), end);
		if (i + 1 >= end || bytes[i] != '<' || bytes[i + 1] != '<') {
			return false;
		}
		int close = -1;
		for (int depth = 0; i + 1 < end && close < 0; i++) {
			if (bytes[i] == '<' && bytes[i + 1] == '<') {
				depth++;
				i++;
			} else if (bytes[i] == '>' && bytes[i + 1] == '>') {
				depth--;
				i++;
				close = (depth == 0) ? i : -1;
			}
		}
		if (close < 0) {
			return false;
		}
		int rest = skipWhiteSpace(bytes, close + 1, end);
		return rest == end || (lastIndexOf(bytes, rest, end, "startxref") == rest
				&& skipWhiteSpace(bytes, rest + "startxref".length(), end) == end);
	}

	/**
	 * What the end of a file that ends early shows: the last piece of structure in it, the stream, object or section it
	 * stops in.
	 */
	private static String lastSeen(byte[] bytes, int from, int end) {
		int[] at = {lastIndexOf(bytes, from, end, "startxref"), lastIndexOf(bytes, from, end, "trailer"),
				lastKeyword(bytes, from, end, "xref"), lastKeyword(bytes, from, end, "stream"),
				lastObjectStart(bytes, from, end), lastIndexOf(bytes, from, end, "endstream"),
				lastIndexOf(bytes, from, end, "endobj")};
		int last = 0;
		for (int i = 1; i < at.length; i++) {
			if (at[i] > at[last]) {
				last = i;
			}
		}
		if (at[last] < 0) {
			return "no %%EOF marker, cross-reference section or trailer at the end of the file";
		}
		int obj = lastObjectStart(bytes, from, at[last] + 1);
		String object = (obj >= 0) ? "object " + objectNumber(bytes, obj) : "an object";
		return switch (last) {
			case 0 -> "the file ends after startxref, without the offset of its cross-reference section";
			case 1 -> "the file ends inside its trailer, before startxref";
			case 2 -> "the file ends inside its cross-reference table, before the trailer";
			case 3 -> "the file ends inside a stream of " + object;
			case 4 -> "the file ends inside " + object;
			case 5 -> "the file ends inside " + object + ", after its stream";
			default -> "the file ends after an object, without a cross-reference section or trailer";
		};
	}

	/** Whether a stretch holds PDF structure: an object, a section, a trailer. */
	private static boolean hasStructure(byte[] bytes, int from, int end) {
		return lastObjectStart(bytes, from, end) >= 0 || lastKeyword(bytes, from, end, "xref") >= 0
				|| lastIndexOf(bytes, from, end, "trailer") >= 0 || lastIndexOf(bytes, from, end, "endobj") >= 0;
	}

	/**
	 * Where the last {@code N G obj} starts (at {@code N}), or {@code -1}: a bare {@code obj} in junk is no object.
	 */
	private static int lastObjectStart(byte[] bytes, int from, int end) {
		for (int at = lastIndexOf(bytes, from, end, "obj"); at >= 0; at = lastIndexOf(bytes, from, at, "obj")) {
			int i = at;
			int gap = skipBackWhiteSpace(bytes, from, i);
			int generation = skipBackDigits(bytes, from, gap);
			int gap2 = skipBackWhiteSpace(bytes, from, generation);
			int number = skipBackDigits(bytes, from, gap2);
			if (gap < i && generation < gap && gap2 < generation && number < gap2
					&& (number == from || !isRegular(bytes[number - 1])) && !isEndObj(bytes, at)) {
				return number;
			}
		}
		return -1;
	}

	private static boolean isEndObj(byte[] bytes, int at) {
		return at >= 3 && bytes[at - 3] == 'e' && bytes[at - 2] == 'n' && bytes[at - 1] == 'd';
	}

	private static String objectNumber(byte[] bytes, int start) {
		int i = start;
		while (i < bytes.length && bytes[i] >= '0' && bytes[i] <= '9') {
			i++;
		}
		return new String(bytes, start, i - start, StandardCharsets.US_ASCII);
	}

	/**
	 * The last {@code keyword} that stands as a word: not inside a longer one ({@code stream} in {@code endstream},
	 * {@code xref} in {@code startxref}).
	 */
	private static int lastKeyword(byte[] bytes, int from, int end, String keyword) {
		for (int at = lastIndexOf(bytes, from, end, keyword); at >= 0; at = lastIndexOf(bytes, from,
				at + keyword.length() - 1, keyword)) {
			if (at == from || !isRegular(bytes[at - 1])) {
				return at;
			}
		}
		return -1;
	}

	/** The last place of {@code needle} that lies wholly in [from, end), or -1. */
	static int lastIndexOf(byte[] bytes, int from, int end, String needle) {
		int n = needle.length();
		outer : for (int i = end - n; i >= from; i--) {
			for (int j = 0; j < n; j++) {
				if (bytes[i + j] != needle.charAt(j)) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static int skipWhiteSpace(byte[] bytes, int from, int end) {
		int i = from;
		while (i < end && isWhiteSpace(bytes[i])) {
			i++;
		}
		return i;
	}

	private static int skipBackWhiteSpace(byte[] bytes, int from, int end) {
		int i = end;
		while (i > from && isWhiteSpace(bytes[i - 1])) {
			i--;
		}
		return i;
	}

	private static int skipBackDigits(byte[] bytes, int from, int end) {
		int i = end;
		while (i > from && bytes[i - 1] >= '0' && bytes[i - 1] <= '9') {
			i--;
		}
		return i;
	}

	/** What tools append after the end: zeros and white space. */
	static boolean isPadding(byte b) {
		return b == 0 || isWhiteSpace(b);
	}

	/** PDF white space, the NUL byte aside. */
	private static boolean isWhiteSpace(byte b) {
		return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f';
	}

	/** A regular character: not white space and not a delimiter. */
	private static boolean isRegular(byte b) {
		return !isPadding(b) && "()<>[]{}/%".indexOf(b) < 0;
	}

	private static FileEnd note(String note) {
		return new FileEnd(Verdict.NOTE, note);
	}

}
