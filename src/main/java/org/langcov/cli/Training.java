package org.langcov.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mark of the launcher's training run: the first {@code run} after an installation, whose loaded classes the
 * launcher keeps for the next commands (a class-data archive on JDK 17 to 24, the recording the ahead-of-time cache is
 * assembled from on JDK 25 and later). Such a run is worth keeping only if it ran a session through: one that stopped
 * at a job file or a register it could not use, or at a store not mounted, loaded the start alone, and every later
 * command would start without the rest (issue 19: {@code history} 1.74 to 1.84 s on such an archive against 1.14 s).
 * The launcher names a file in {@value #PROPERTY} and creates it; the first session whose reports are written deletes
 * it, and a mark still there tells the next launch to drop what the run left and train again.
 */
final class Training {

	/** The system property that names the mark, set by the launcher on a training run only. */
	static final String PROPERTY = "langcov.training";

	private static final Logger logger = LoggerFactory.getLogger(Training.class);

	private Training() {
	}

	/** A session's reports are written: the run is one to learn from. */
	static void sessionReported() {
		String mark = System.getProperty(PROPERTY);
		if (mark == null || mark.isBlank()) {
			return;
		}
		try {
			Files.deleteIfExists(Path.of(mark));
		} catch (IOException | RuntimeException ex) {
			// only speed is at stake: the next run trains again
			logger.debug("The training mark {} could not be deleted", mark, ex);
		}
	}

}
