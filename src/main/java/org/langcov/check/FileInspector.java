package org.langcov.check;

import org.langcov.vocabulary.Status;

import java.nio.file.Path;

/**
 * The inspection of one file for one slot. Implementations never throw: every failure becomes a {@link Status}.
 */
@FunctionalInterface
public interface FileInspector {

	/**
	 * Inspects {@code file}, expected to be {@code expected}'s document in its language.
	 */
	Inspection inspect(Path file, Expected expected);

}
