/**
 * The inspection of one file: one file in, one
 * {@link org.langcov.check.Inspection} out. Whether the file is a PDF that can
 * really be opened, shows the expected document symbols on page 1 and is in the
 * expected language, and which status that gives; and the time limit and
 * containment every inspection runs under
 * ({@link org.langcov.check.TimedInspector}).
 * <p>
 * Nothing here knows about slots, stores, jobs, registers or reports: an
 * inspection depends on the file and on what is expected of it
 * ({@link org.langcov.check.Expected}: its symbols and language) alone, so it
 * can be tested without Spring.
 */
package org.langcov.check;
