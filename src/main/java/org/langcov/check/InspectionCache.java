package org.langcov.check;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What earlier runs learned about files: a file whose path, size and
 * modification time are unchanged since it was inspected for the same kind of
 * slot is not opened again.
 */
public interface InspectionCache {

	/** A cache that knows nothing: every file is inspected ({@code --force}). */
	InspectionCache NONE = (file, slot) -> Optional.empty();

	/**
	 * The earlier inspection of this file for a slot of the same document and
	 * language, if the file has not changed since.
	 */
	Optional<Inspection> find(Path file, Slot slot);

}
