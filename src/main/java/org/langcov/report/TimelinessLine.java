package org.langcov.report;

import java.time.LocalDate;

import org.langcov.vocabulary.Language;
import org.langcov.timeliness.Verdict;

/**
 * One expected language version with a due date or exempt from one, as the Timeliness sheet and section show it.
 *
 * @param symbol
 *            the document's primary symbol
 * @param language
 *            the version's language
 * @param due
 *            its due date, or {@code null} when it is not subject to one (its verdict says no deadline)
 * @param availableSince
 *            the first day of its current run of AVAILABLE results, or {@code null} when it is not available
 * @param verdict
 *            on time, late, overdue, not available at the opening, not yet due or no deadline, as of the report's day
 */
public record TimelinessLine(String symbol, Language language, LocalDate due, LocalDate availableSince,
		Verdict verdict) {

}
