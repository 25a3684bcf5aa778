package org.langcov.history;

import java.time.Instant;
import java.util.List;

import org.langcov.report.LanguageSummary;

/**
 * One earlier run of a session, as {@code history} shows it.
 *
 * @param ended
 *            when it ended, or {@code null} while it runs or after a crash
 * @param status
 *            {@code STARTED}, {@code COMPLETED} or {@code FAILED}
 * @param summary
 *            per language then overall; empty when the run staged no slots
 */
public record RunHistory(long run, Instant started, Instant ended, RunStatus status, List<LanguageSummary> summary) {

}
