package org.langcov.history;

import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

/**
 * A slot of a run that needs someone's attention, as the nightly mail lists it.
 *
 * @param detail
 *            the detail, empty when none
 * @param location
 *            where the file is or would be, relative to the store; empty when not known
 */
public record ProblemSlot(String symbol, Language language, Status status, String detail, String location) {

}
