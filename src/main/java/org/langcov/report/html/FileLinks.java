package org.langcov.report.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.langcov.report.SlotLine;
import org.langcov.report.SlotState;

/**
 * Where an available version is, as a link from the page: for a folder store the path from the page's folder to the
 * file, so that the page and the store can be published together or moved as one ({@code file:} URI only when there is
 * no such path, as to another drive); for a web store the base URL followed by the location, or the location itself
 * when the register gives an absolute URL on the web.
 */
final class FileLinks {

	private final String store;

	private final boolean web;

	private final Path page;

	private FileLinks(String store, boolean web, Path page) {
		this.store = store;
		this.web = web;
		this.page = page;
	}

	/**
	 * Links into the store from a page in the folder {@code page}; none when the run names no store.
	 */
	static FileLinks of(String store, Path page) {
		if (store == null || store.isBlank()) {
			return new FileLinks(null, false, page);
		}
		String lower = store.trim().toLowerCase(Locale.ROOT);
		boolean web = lower.startsWith("http://") || lower.startsWith("https://");
		return new FileLinks(web && !store.endsWith("/") ? store + "/" : store, web, page.toAbsolutePath().normalize());
	}

	/** The link to the slot's file, or null when it is not an available version or there is no link to make. */
	String link(SlotLine slot) {
		SlotState state = SlotState.of(slot);
		if (this.store == null || (state != SlotState.AVAILABLE && state != SlotState.UNVERIFIED)) {
			return null;
		}
		String location = slot.location();
		if (location == null || location.isEmpty() || location.contains("*")) {
			return null;
		}
		return this.web ? web(location) : folder(location);
	}

	private String folder(String location) {
		Path file;
		try {
			file = Path.of(this.store).toAbsolutePath().resolve(location).normalize();
		} catch (InvalidPathException ex) {
			return null;
		}
		Path relative;
		try {
			relative = this.page.relativize(file);
		} catch (IllegalArgumentException ex) {
			// another drive or root: no path leads there from the page
			return file.toUri().toASCIIString();
		}
		StringBuilder path = new StringBuilder();
		for (Path name : relative) {
			path.append(path.isEmpty() ? "" : "/").append(name);
		}
		String escaped = escaped(path.toString());
		if (escaped == null) {
			return file.toUri().toASCIIString();
		}
		// a colon before the first slash would read as a scheme
		int colon = escaped.indexOf(':');
		int slash = escaped.indexOf('/');
		return (colon >= 0 && (slash < 0 || colon < slash)) ? "./" + escaped : escaped;
	}

	/**
	 * Each character a URL cannot hold is escaped; the slashes stay. The path is made absolute for escaping so that a
	 * colon in it is not read as a scheme.
	 */
	private String web(String location) {
		String lower = location.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			return location;
		}
		String escaped = escaped(location.replace('\\', '/'));
		return (escaped != null) ? this.store + escaped : null;
	}

	/** A relative path with each character a URL path cannot hold escaped, or null when it cannot be one. */
	private static String escaped(String path) {
		try {
			return new URI(null, null, "/" + path, null).toASCIIString().substring(1);
		} catch (URISyntaxException ex) {
			return null;
		}
	}

}
