package org.langcov.history;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.langcov.report.LanguageSummary;

/**
 * One earlier run of a session, as {@code history} and {@code sessions} show it.
 *
 * @param session
 *            the session id as the run's job file wrote it
 * @param started
 *            when it started
 * @param zone
 *            the time zone of the process that made it, in which its reports show its time
 * @param ended
 *            when it ended, or {@code null} while it runs or after a crash
 * @param status
 *            {@code STARTED}, {@code COMPLETED} or {@code FAILED}
 * @param resumed
 *            how often it was resumed after being cut short
 * @param reason
 *            for a failed run, why, in one line; {@code null} when not known (runs from before langcov kept reasons)
 * @param checked
 *            expected slots checked so far
 * @param expected
 *            expected slots staged
 * @param summary
 *            per language then overall; empty when the run staged no slots
 */
public record RunHistory(long run, String session, Instant started, ZoneId zone, Instant ended, RunStatus status,
		int resumed, String reason, long checked, long expected, List<LanguageSummary> summary) {

}
