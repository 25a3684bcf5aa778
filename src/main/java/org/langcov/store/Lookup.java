package org.langcov.store;

import java.nio.file.Path;

/**
 * What a store found at a slot's location.
 *
 * @param file
 *            the file to inspect: the only match, or the most recently modified
 *            of several; {@code null} when nothing matched
 * @param matches
 *            how many files matched the location (more than one only with
 *            wildcards)
 */
public record Lookup(Path file, int matches) {

	static final Lookup NOTHING = new Lookup(null, 0);

	public boolean found() {
		return this.file != null;
	}

}
