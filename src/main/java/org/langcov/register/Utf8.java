package org.langcov.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a file stops being UTF-8, for a message a person can act on. A reader decodes ahead of what it hands out,
 * so its failure says nothing about the place; this scan counts the line feeds before the first bad byte, which in
 * UTF-8 never occur inside a character.
 */
final class Utf8 {

	private Utf8() {
	}

	/**
	 * The line (1-based) holding the first byte that is not UTF-8, or 0 when none is.
	 */
	static int firstBadLine(Path file) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(8192);
		// UTF-8 never decodes to more characters than it has bytes: no overflow
		CharBuffer chars = CharBuffer.allocate(8192);
		int line = 1;
		try (InputStream in = Files.newInputStream(file)) {
			while (true) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				boolean end = read < 0;
				bytes.position(bytes.position() + Math.max(read, 0));
				bytes.flip();
				int from = bytes.position();
				CoderResult result = decoder.decode(bytes, chars, end);
				for (int i = from; i < bytes.position(); i++) {
					if (bytes.get(i) == '\n') {
						line++;
					}
				}
				if (result.isError()) {
					return line;
				}
				if (end) {
					return 0;
				}
				chars.clear();
				bytes.compact();
			}
		} catch (IOException ex) {
			return 0;
		}
	}

}
