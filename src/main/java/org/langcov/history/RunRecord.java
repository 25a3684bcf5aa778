package org.langcov.history;

import java.time.Instant;

/**
 * What langcov records about a run when it starts. Paths are as the job file resolves them.
 */
public record RunRecord(String session, String title, String jobFile, String register, String store, String output,
		Instant started) {

}
