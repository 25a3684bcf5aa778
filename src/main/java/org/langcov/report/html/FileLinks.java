package org.langcov.report.html;

import java.nio.file.Path;

import org.langcov.report.SlotLine;
import org.langcov.report.SlotState;
import org.langcov.report.StoreAddress;

/**
 * Where an available version is, as a link from the page: for a folder store the path from the page's folder to the
 * file, so that the page and the store can be published together or moved as one ({@code file:} URI only when there is
 * no such path, as to another drive); for a web store the base URL followed by the location, or the location itself
 * when the register gives an absolute URL on the web.
 */
final class FileLinks {

	private final StoreAddress store;

	private final Path page;

	private FileLinks(StoreAddress store, Path page) {
		this.store = store;
		this.page = page;
	}

	/**
	 * Links into the store from a page in the folder {@code page}; none when the run names no store.
	 */
	static FileLinks of(String store, Path page) {
		return new FileLinks(StoreAddress.of(store), page.toAbsolutePath().normalize());
	}

	/** The link to the slot's file, or null when it is not an available version or there is no link to make. */
	String link(SlotLine slot) {
		SlotState state = SlotState.of(slot);
		if (state != SlotState.AVAILABLE && state != SlotState.UNVERIFIED) {
			return null;
		}
		String location = this.store.linkable(slot);
		if (location == null) {
			return null;
		}
		return this.store.web() ? this.store.url(location) : folder(this.store.file(location));
	}

	private String folder(Path file) {
		if (file == null) {
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
		String escaped = StoreAddress.escapedPath(path.toString());
		if (escaped == null) {
			return file.toUri().toASCIIString();
		}
		// a colon before the first slash would read as a scheme
		int colon = escaped.indexOf(':');
		int slash = escaped.indexOf('/');
		return (colon >= 0 && (slash < 0 || colon < slash)) ? "./" + escaped : escaped;
	}

}
