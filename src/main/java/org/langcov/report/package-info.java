/**
 * The coverage report of a session, as an Excel workbook
 * ({@link org.langcov.report.ExcelReport}) and a PDF
 * ({@link org.langcov.report.PdfReport}), both drawn from a
 * {@link org.langcov.report.ReportSource} that streams the documents, slots,
 * changes and rejected rows so that a register of any size fits in bounded
 * memory.
 */
package org.langcov.report;
