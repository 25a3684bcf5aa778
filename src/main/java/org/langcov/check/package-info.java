/**
 * The inspection of one file: whether a slot's PDF is there and can really be
 * opened, and which {@link org.langcov.check.Status} that gives the slot.
 * <p>
 * It also owns the values every other package speaks in: the six
 * {@link org.langcov.check.Language}s, the statuses and the
 * {@link org.langcov.check.Inspection} record. Nothing here knows about jobs,
 * registers or reports; an inspection depends on the file alone, so it can be
 * cached by the file's size and date and tested without Spring.
 */
package org.langcov.check;
