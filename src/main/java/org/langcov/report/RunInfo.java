package org.langcov.report;

import java.time.Instant;

/**
 * What a report says about the run it comes from.
 *
 * @param session
 *            the session id, such as {@code CND57}
 * @param title
 *            the session's title (the job's {@code title}, or the session id)
 * @param started
 *            when the run started
 * @param register
 *            the register file, as the job file names it
 * @param store
 *            the store: a folder or a base URL
 * @param firstRun
 *            whether no earlier successful run of the session exists (the Changes sheet then carries a note instead of
 *            changes)
 */
public record RunInfo(String session, String title, Instant started, String register, String store, boolean firstRun) {

}
