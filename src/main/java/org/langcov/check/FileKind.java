package org.langcov.check;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Recognises what a file that is not a PDF looks like, from its first bytes, so that a NOT_PDF detail tells the
 * documents officer what was put there instead (a web server's error page saved under a {@code .pdf} name, a Word file
 * that was never converted).
 */
final class FileKind {

	private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1};

	private static final byte[] ZIP = {'P', 'K', 3, 4};

	private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

	private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

	private FileKind() {
	}

	/**
	 * What the file looks like, such as {@code an HTML page}, or {@code null} when that is not easy to tell.
	 */
	static String describe(byte[] head) {
		if (startsWith(head, OLE2)) {
			return "a Word document (OLE2)";
		}
		if (startsWith(head, ZIP)) {
			return "a ZIP/Office file";
		}
		if (startsWith(head, PNG) || startsWith(head, JPEG)) {
			return "an image";
		}
		// ISO-8859-1 maps every byte to one char, so offsets stay byte offsets
		String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		if (text.contains("<html") || text.contains("<!doctype html")) {
			return "an HTML page";
		}
		if (text.startsWith("{\\rtf")) {
			return "an RTF document";
		}
		if (text.stripLeading().startsWith("<?xml")) {
			return "an XML file";
		}
		return null;
	}

	/** Whether {@code needle} occurs anywhere in {@code haystack}. */
	static boolean contains(byte[] haystack, String needle) {
		byte[] wanted = needle.getBytes(StandardCharsets.US_ASCII);
		outer : for (int i = 0; i <= haystack.length - wanted.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (haystack[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

}
