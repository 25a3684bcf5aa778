package org.langcov.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a store found at a slot's location. Closing it removes a downloaded copy.
 *
 * @param file
 *            the file to inspect: the only match, the most recently modified of several, or a web file's downloaded
 *            copy; {@code null} when nothing matched or the web server said the file is not modified
 * @param matches
 *            how many files matched the location (more than one only with wildcards)
 * @param validators
 *            a web file's {@code ETag} and {@code Last-Modified}
 * @param notModified
 *            a web server answered 304: the file is the one known before
 * @param temporary
 *            {@code file} is a downloaded copy, removed on {@link #close()}
 */
public record Lookup(Path file, int matches, Validators validators, boolean notModified,
		boolean temporary) implements AutoCloseable {

	static final Lookup NOTHING = new Lookup(null, 0);

	/** A file found in a folder. */
	public Lookup(Path file, int matches) {
		this(file, matches, Validators.NONE, false, false);
	}

	public boolean found() {
		return this.file != null || this.notModified;
	}

	@Override
	public void close() {
		if (this.temporary && this.file != null) {
			try {
				Files.deleteIfExists(this.file);
			} catch (IOException ex) {
				// langcov's temporary folder is removed after the run; a leftover copy harms nothing
			}
		}
	}

}
