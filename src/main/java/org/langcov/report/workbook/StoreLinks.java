package org.langcov.report.workbook;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.langcov.report.SlotLine;
import org.langcov.vocabulary.Status;

/**
 * Where a slot's file is, as a link a spreadsheet program opens: for a folder store the file's absolute path as a
 * {@code file:} URI, for a web store the base URL followed by the location, or the location itself when the register
 * gives an absolute URL. Links only to a file that is there: a missing one has nothing to open.
 */
final class StoreLinks {

	/** Excel opens no longer link. */
	static final int MAX = 2_000;

	private final String store;

	private final boolean web;

	private StoreLinks(String store, boolean web) {
		this.store = store;
		this.web = web;
	}

	/** Links into the store the run names; none when it names none. */
	static StoreLinks of(String store) {
		if (store == null || store.isBlank()) {
			return new StoreLinks(null, false);
		}
		String lower = store.toLowerCase(Locale.ROOT);
		boolean web = lower.startsWith("http://") || lower.startsWith("https://");
		return new StoreLinks(web && !store.endsWith("/") ? store + "/" : store, web);
	}

	/**
	 * The link to the slot's file, or null when there is none to open or it is too long for a spreadsheet program.
	 */
	String link(SlotLine slot) {
		if (this.store == null || slot.status() == Status.MISSING || slot.status() == Status.NOT_EXPECTED) {
			return null;
		}
		String location = slot.location();
		if (location == null || location.isEmpty() || location.contains("*")) {
			return null;
		}
		String link = this.web ? web(location) : folder(location);
		return (link != null && link.length() <= MAX) ? link : null;
	}

	private String folder(String location) {
		try {
			return Path.of(this.store).toAbsolutePath().resolve(location).normalize().toUri().toASCIIString();
		} catch (InvalidPathException ex) {
			return null;
		}
	}

	/**
	 * Each character a URL cannot hold is escaped; the slashes stay. The path is made absolute for escaping so that a
	 * colon in it is not read as a scheme.
	 */
	private String web(String location) {
		String lower = location.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			// an absolute URL on the store's own site, as the register may give it
			return location;
		}
		try {
			String path = "/" + location.replace('\\', '/');
			return this.store + new URI(null, null, path, null).toASCIIString().substring(1);
		} catch (URISyntaxException ex) {
			return null;
		}
	}

}
