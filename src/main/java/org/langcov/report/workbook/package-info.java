/**
 * The coverage workbook of a session ({@link org.langcov.report.workbook.ExcelReport}), streamed with POI's
 * {@code SXSSFWorkbook}: one class a sheet (Summary, Coverage, Timeliness; the sheets of plain rows through
 * {@link org.langcov.report.workbook.SheetWriter}), their styles, column widths, charts and links to the store.
 * <p>
 * It reads a {@link org.langcov.report.ReportSource} and uses the rules shared with the PDF from
 * {@link org.langcov.report}; it knows nothing of the PDF.
 */
package org.langcov.report.workbook;
