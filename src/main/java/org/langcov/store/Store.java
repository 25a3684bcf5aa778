package org.langcov.store;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a session's PDFs live: a folder ({@link FolderStore}) or a web site ({@link WebStore}). Locations are relative
 * to the store.
 */
public interface Store {

	/** Whether the job file's {@code documents} names a web store. */
	static boolean isWeb(String documents) {
		String lower = documents.trim().toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

	/**
	 * Why a location cannot be used in this store, or empty when it can.
	 */
	Optional<String> outsideReason(String location);

	/**
	 * Finds what is at a location.
	 *
	 * @param earlier
	 *            what was known of the file at an earlier run, so that a web server can answer "not modified";
	 *            {@link Validators#NONE} when nothing is
	 * @throws IOException
	 *             when the store cannot be read; its message says why
	 */
	Lookup find(String location, Validators earlier) throws IOException;

	/**
	 * How the location of a file found is shown in the reports: relative to the store, wildcards resolved.
	 */
	String shown(String location, Lookup lookup);

	/**
	 * The address under which results for this location are remembered between runs before it is looked up: a web
	 * store's URL. Empty for a folder, whose files are remembered by path, size and time once found.
	 */
	default Optional<String> address(String location) {
		return Optional.empty();
	}

}
