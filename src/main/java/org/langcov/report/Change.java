package org.langcov.report;

import org.langcov.check.Language;
import org.langcov.check.Status;

/**
 * A slot whose status differs from the previous successful run of the session.
 *
 * @param before
 *            the status then, or {@code null} when the slot did not exist then
 * @param after
 *            the status now, or {@code null} when the slot no longer exists
 */
public record Change(String symbol, Language language, Status before, Status after) {

}
