package org.langcov.report.workbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.langcov.report.SlotLine;
import org.langcov.report.StoreAddress;
import org.langcov.vocabulary.Status;

/**
 * Where a slot's file is, as a link a spreadsheet program opens: for a folder store the file's absolute path as a
 * {@code file:} URI, for a web store the base URL followed by the location, or the location itself when the register
 * gives an absolute URL. Links only to a file that is there: a missing one has nothing to open.
 */
final class StoreLinks {

	/** Excel opens no longer link. */
	static final int MAX = 2_000;

	/** The characters a {@code file:} URI's path holds as they are, as the JDK's Unix file system has them. */
	private static final String AS_IS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'():@&=+$,;/";

	private static final boolean[] KEPT = new boolean[128];

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	static {
		for (int i = 0; i < AS_IS.length(); i++) {
			KEPT[AS_IS.charAt(i)] = true;
		}
	}

	private final StoreAddress store;

	private StoreLinks(StoreAddress store) {
		this.store = store;
	}

	/** Links into the store the run names; none when it names none. */
	static StoreLinks of(String store) {
		return new StoreLinks(StoreAddress.of(store));
	}

	/**
	 * The link to the slot's file, or null when there is none to open or it is too long for a spreadsheet program.
	 */
	String link(SlotLine slot) {
		if (slot.status() == Status.MISSING || slot.status() == Status.NOT_EXPECTED) {
			return null;
		}
		String location = this.store.linkable(slot);
		if (location == null) {
			return null;
		}
		String link = this.store.web() ? this.store.url(location) : uri(this.store.file(location));
		return (link != null && link.length() <= MAX) ? link : null;
	}

	private static String uri(Path file) {
		return (file != null) ? fileUri(file) : null;
	}

	/**
	 * {@code Path.toUri()} of an absolute path to a file, without asking the file system whether it is a folder (which
	 * would add a slash): that question, one {@code stat} a link, cost a 20,000-document workbook a quarter of a
	 * second. Each byte of the path in UTF-8 is kept or escaped as the JDK does on Unix; on another file system the
	 * JDK's own.
	 */
	static String fileUri(Path file) {
		if (!file.isAbsolute() || !"/".equals(file.getFileSystem().getSeparator())) {
			return file.toUri().toASCIIString();
		}
		byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
		StringBuilder uri = new StringBuilder(bytes.length + 16).append("file://");
		for (byte b : bytes) {
			int c = b & 0xff;
			if (c < 0x80 && KEPT[c]) {
				uri.append((char) c);
			} else {
				uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
			}
		}
		return uri.toString();
	}

}
