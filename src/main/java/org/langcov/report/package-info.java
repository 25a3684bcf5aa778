/**
 * The coverage report of a session, as an Excel workbook
 * ({@link org.langcov.report.ExcelReport}) and a PDF
 * ({@link org.langcov.report.PdfReport}), both drawn from a
 * {@link org.langcov.report.ReportSource} that streams the documents, slots,
 * changes, rejected rows and register notes so that a register of any size fits
 * in bounded memory. Percentages follow one rule
 * ({@link org.langcov.report.Percent}); versions whose text could not be read
 * are told apart by another ({@link org.langcov.report.Unverified}).
 */
package org.langcov.report;
