/**
 * The coverage report of a session as a PDF ({@link org.langcov.report.pdf.PdfReport}): its pages and sections, tables
 * and bar charts drawn on a {@link org.langcov.report.pdf.PdfCanvas}, and the text machinery they need (embedded fonts
 * and what their glyphs copy as, Arabic shaping, the visual order of right-to-left text, line wrapping).
 * <p>
 * It reads a {@link org.langcov.report.ReportSource} and uses the rules shared with the workbook from
 * {@link org.langcov.report}; it knows nothing of the workbook.
 */
package org.langcov.report.pdf;
