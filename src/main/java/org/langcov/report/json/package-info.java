/**
 * The coverage figures of a session as JSON ({@link org.langcov.report.json.JsonReport}), for dashboards and other
 * programs.
 * <p>
 * It reads a {@link org.langcov.report.ReportSource} and uses the rules shared with the workbook and the PDF from
 * {@link org.langcov.report}; it knows nothing of either.
 */
package org.langcov.report.json;
