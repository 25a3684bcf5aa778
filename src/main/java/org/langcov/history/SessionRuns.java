package org.langcov.history;

/**
 * A session in the database, as {@code sessions} shows it.
 *
 * @param latest
 *            its latest run
 * @param runs
 *            how many runs it has had
 */
public record SessionRuns(RunHistory latest, int runs) {

}
