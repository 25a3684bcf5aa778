/**
 * The inspection of one file: whether a slot's PDF is there, can really be
 * opened, shows the slot's document symbols on page 1 and is in the slot's
 * language, and which {@link org.langcov.check.Status} that gives the slot; and
 * the time limit and containment every inspection runs under
 * ({@link org.langcov.check.TimedInspection}).
 * <p>
 * It also owns the values every other package speaks in: the six
 * {@link org.langcov.check.Language}s, the statuses and the
 * {@link org.langcov.check.Inspection} record. Nothing here knows about jobs,
 * registers or reports; an inspection depends on the file and on what the slot
 * expects (its symbols and language) alone, so it can be tested without Spring.
 * A cache keyed by the file's size and date would have to keep the symbols page
 * 1 shows next to the detected language, since the verdict depends on the slot
 * too.
 */
package org.langcov.check;
