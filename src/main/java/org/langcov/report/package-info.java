/**
 * The coverage report of a session, as an Excel workbook ({@link org.langcov.report.workbook}) and a PDF
 * ({@link org.langcov.report.pdf}), both drawn from a {@link org.langcov.report.ReportSource} that streams the
 * documents, slots, changes, rejected rows and register notes so that a register of any size fits in bounded memory.
 * This package holds what both reports share: the source and its lines, percentages by one rule
 * ({@link org.langcov.report.Percent}), the versions whose text could not be read
 * ({@link org.langcov.report.Unverified}) and the marks of a slot ({@link org.langcov.report.SlotState}).
 * <p>
 * The subpackages (and {@link org.langcov.report.json}, the JSON figures, and {@link org.langcov.report.html}, the
 * documents page) depend on this one and not on each other; the one class here that reaches into them is
 * {@link org.langcov.report.ReportFiles}, the entry point that writes the reports (workbook, PDF, page, JSON) and moves
 * them into place together.
 */
package org.langcov.report;
