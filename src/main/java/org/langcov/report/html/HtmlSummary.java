package org.langcov.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.langcov.report.LanguageSummary;
import org.langcov.report.Percent;

/**
 * The page's summary: the counts per language and overall, as the workbook's Summary sheet and the PDF's first page
 * give them, and a bar chart of coverage per language drawn in the page as SVG, which a screen reader reads as one
 * sentence of the figures.
 */
final class HtmlSummary {

	private static final int LABEL = 110;

	private static final int BAR = 300;

	private static final int LINE = 24;

	private final Writer out;

	HtmlSummary(Writer out) {
		this.out = out;
	}

	void write(List<LanguageSummary> summary) throws IOException {
		this.out.write("<section aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">Summary</h2>\n");
		this.out.write("<table class=\"summary\">\n<caption>Expected versions per language, and how many are "
				+ "available</caption>\n<thead>\n<tr>");
		for (String header : List.of("Language", "Expected", "Available", "Missing", "Other problems", "Unverified",
				"Coverage")) {
			this.out.write("<th scope=\"col\">" + header + "</th>");
		}
		this.out.write("</tr>\n</thead>\n<tbody>\n");
		for (LanguageSummary line : summary) {
			this.out.write("<tr" + (line.language() == null ? " class=\"overall\"" : "") + "><th scope=\"row\">"
					+ name(line) + "</th><td>" + count(line.expected()) + "</td><td>" + count(line.available())
					+ "</td><td>" + count(line.missing()) + "</td><td>" + count(line.otherProblems()) + "</td><td>"
					+ count(line.unverified()) + "</td><td>" + Html.text(Percent.spaced(line.percent()))
					+ "</td></tr>\n");
		}
		this.out.write("</tbody>\n</table>\n");
		chart(summary);
		this.out.write("</section>\n");
	}

	private void chart(List<LanguageSummary> summary) throws IOException {
		int width = LABEL + BAR + 70;
		int height = LINE * summary.size() + 8;
		String figures = summary.stream().map((line) -> name(line) + " " + Percent.spaced(line.percent()))
				.collect(Collectors.joining(", "));
		this.out.write("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width
				+ " " + height + "\" width=\"" + width + "\" height=\"" + height
				+ "\" role=\"img\" aria-labelledby=\"chart-title\">\n<title id=\"chart-title\">Coverage per language: "
				+ Html.text(figures) + "</title>\n");
		int y = 4;
		for (LanguageSummary line : summary) {
			double fraction = line.percent().map(Percent::fraction).orElse(0.0);
			this.out.write(String.format(Locale.ROOT,
					"<g%s><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
							+ "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"></rect>"
							+ "<text x=\"%.1f\" y=\"%d\">%s</text></g>%n",
					line.language() == null ? " class=\"overall\"" : "", LABEL - 8, y + 15, name(line), LABEL, y + 2,
					BAR * fraction, LINE - 6, LABEL + BAR * fraction + 6, y + 15,
					Html.text(Percent.spaced(line.percent()))));
			y += LINE;
		}
		this.out.write("<line x1=\"" + LABEL + "\" y1=\"0\" x2=\"" + LABEL + "\" y2=\"" + height
				+ "\" stroke=\"#595959\"></line>\n</svg>\n<figcaption>Coverage per language</figcaption>\n</figure>\n");
	}

	private static String name(LanguageSummary line) {
		return (line.language() != null)
				? line.language().displayName() + " (" + line.language().letter() + ")"
				: "Overall";
	}

	private static String count(int value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

}
