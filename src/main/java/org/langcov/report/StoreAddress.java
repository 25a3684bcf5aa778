package org.langcov.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The run's store as the reports link into it: a folder, or a web store's base URL. The workbook and the page each make
 * their links from it (an absolute {@code file:} URI in the one, a path from the page in the other), so that what
 * counts as a web store, and how a location becomes a URL, is decided once.
 */
public final class StoreAddress {

	private final String store;

	private final boolean web;

	private StoreAddress(String store, boolean web) {
		this.store = store;
		this.web = web;
	}

	/** The store the run names; one with no links when it names none. */
	public static StoreAddress of(String store) {
		if (store == null || store.isBlank()) {
			return new StoreAddress(null, false);
		}
		boolean web = isUrl(store.trim());
		return new StoreAddress(web && !store.endsWith("/") ? store + "/" : store, web);
	}

	/**
	 * The slot's location when there is a file to link to: the run names a store, and the location is one file (not
	 * empty, not a wildcard); {@code null} otherwise. Which states get a link is each report's to say.
	 */
	public String linkable(SlotLine slot) {
		String location = slot.location();
		return (this.store == null || location == null || location.isEmpty() || location.contains("*"))
				? null
				: location;
	}

	public boolean web() {
		return this.web;
	}

	/**
	 * A web store's URL for the location: the base URL followed by the location with each character a URL cannot hold
	 * escaped (the slashes stay), or the location itself when the register gives an absolute URL; {@code null} when it
	 * cannot be one.
	 */
	public String url(String location) {
		if (isUrl(location)) {
			return location;
		}
		String escaped = escapedPath(location.replace('\\', '/'));
		return (escaped != null) ? this.store + escaped : null;
	}

	/** A folder store's file for the location, absolute; {@code null} when it is no path here. */
	public Path file(String location) {
		try {
			return Path.of(this.store).toAbsolutePath().resolve(location).normalize();
		} catch (InvalidPathException ex) {
			return null;
		}
	}

	/**
	 * A relative path with each character a URL path cannot hold escaped, or {@code null} when it cannot be one. The
	 * path is made absolute for escaping, so that a colon in it is not read as a scheme.
	 */
	public static String escapedPath(String path) {
		try {
			return new URI(null, null, "/" + path, null).toASCIIString().substring(1);
		} catch (URISyntaxException ex) {
			return null;
		}
	}

	private static boolean isUrl(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

}
