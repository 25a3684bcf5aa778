package org.langcov.slot;

import org.langcov.check.Inspection;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What earlier runs learned about files: a file whose path, size and modification time are unchanged since it was
 * inspected for the same kind of slot is not opened again; a web file whose server says it is not modified is not
 * downloaded again.
 */
public interface InspectionCache {

	/** A cache that knows nothing: every file is inspected ({@code --force}). */
	InspectionCache NONE = (file, slot) -> Optional.empty();

	/**
	 * The earlier inspection of this file for a slot of the same document and language, if the file has not changed
	 * since and can still be read.
	 */
	Optional<Inspection> find(Path file, Slot slot);

	/**
	 * The earlier inspection of the web file at {@code address} for a slot of the same document and language, with what
	 * identifies the version inspected.
	 */
	default Optional<KnownDocument> known(String address, Slot slot) {
		return Optional.empty();
	}

}
