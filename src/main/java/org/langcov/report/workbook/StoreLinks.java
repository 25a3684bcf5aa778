package org.langcov.report.workbook;

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
		return (file != null) ? file.toUri().toASCIIString() : null;
	}

}
