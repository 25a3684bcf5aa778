/**
 * The session's documents page ({@link org.langcov.report.html.HtmlReport}): the seed's document list as a secretariat
 * publishes it, one self-contained HTML file with the summary, a chart drawn in the page and a link to every available
 * version.
 * <p>
 * It reads a {@link org.langcov.report.ReportSource} and uses the rules shared with the workbook and the PDF from
 * {@link org.langcov.report}; it knows nothing of the other reports. Its markup is written by hand, through the two
 * escaping functions of {@link org.langcov.report.html.Html}, so that no text from a register or a job file is ever
 * markup.
 */
package org.langcov.report.html;
