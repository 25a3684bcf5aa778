package org.langcov.report;

import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

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
