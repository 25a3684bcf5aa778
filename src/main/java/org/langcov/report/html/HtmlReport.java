package org.langcov.report.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

import org.langcov.report.DocumentLine;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.report.RunTime;
import org.langcov.report.SlotLine;
import org.langcov.report.SlotState;
import org.langcov.vocabulary.Language;

/**
 * Writes the session's documents page, UTF-8: one self-contained HTML file, its style and its small filtering script
 * inline, with the run, the summary and its chart ({@link HtmlSummary}), the legend, then the seed's table of documents
 * with a link to every available version ({@link FileLinks}). Without a script the whole table shows; it prints on A4.
 */
public final class HtmlReport {

	private static final String STYLE = resource("page.css");

	private static final String SCRIPT = resource("page.js");

	private final ZoneId zone;

	/** The run's time is shown in the time zone of the machine, as in the other reports. */
	public HtmlReport() {
		this(ZoneId.systemDefault());
	}

	public HtmlReport(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * Writes the page of the source to the file; its links lead from the file's folder, where the page is to be.
	 */
	public void write(ReportSource source, Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			write(source, FileLinks.of(source.run().store(), folder), out);
		} catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	void write(ReportSource source, FileLinks links, Writer out) throws IOException {
		RunInfo run = source.run();
		String time = (run.started() != null) ? RunTime.format(run.started(), this.zone) : "";
		out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		out.write("<meta name=\"generator\" content=\"langcov\">\n");
		out.write("<title>" + Html.text(run.session() + " \u2013 documents and language versions") + "</title>\n");
		out.write("<style>\n" + STYLE + states() + "</style>\n</head>\n<body>\n<header>\n");
		out.write("<h1" + TitleScript.of(run.title()).attributes() + ">" + Html.text(run.title()) + "</h1>\n");
		out.write("<p class=\"subtitle\">Documents of the session and their language versions</p>\n");
		out.write("<dl class=\"run\">\n");
		entry(out, "Session", Html.text(run.session()));
		entry(out, "Time of the run",
				run.started() == null
						? ""
						: "<time datetime=\""
								+ DateTimeFormatter.ISO_INSTANT.format(run.started().truncatedTo(ChronoUnit.SECONDS))
								+ "\">" + Html.text(time) + "</time>");
		entry(out, "Register", Html.text(run.register()));
		entry(out, "Store", Html.text(run.store()));
		out.write("</dl>\n</header>\n<main>\n");
		new HtmlSummary(out).write(source.summary());
		out.write("<section aria-labelledby=\"documents-heading\">\n<h2 id=\"documents-heading\">Documents</h2>\n");
		legend(out);
		filters(out);
		out.write("<p id=\"shown\" class=\"shown\" aria-live=\"polite\"></p>\n");
		out.write("<table class=\"documents\">\n<caption>Documents of " + Html.text(run.session())
				+ " in register order, with the state of each language version</caption>\n<thead>\n<tr>"
				+ "<th scope=\"col\">Symbol</th><th scope=\"col\">Title</th><th scope=\"col\">Agenda item</th>");
		for (Language language : Language.values()) {
			out.write("<th scope=\"col\" class=\"language\"><abbr title=\"" + language.displayName() + "\">"
					+ language.letter() + "</abbr></th>");
		}
		out.write("</tr>\n</thead>\n<tbody>\n");
		source.documents((document) -> {
			try {
				row(out, document, links);
			} catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.write("</tbody>\n</table>\n</section>\n</main>\n");
		out.write("<footer>Written by langcov" + (time.isEmpty() ? "" : " on " + Html.text(time))
				+ ". Each available version links to its file.</footer>\n");
		out.write("<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
	}

	private static void row(Writer out, DocumentLine document, FileLinks links) throws IOException {
		String symbol = document.symbols().isEmpty() ? "" : document.symbols().get(0);
		out.write("<tr><th scope=\"row\">");
		for (String each : document.symbols()) {
			out.write("<span class=\"symbol\">" + Html.text(each) + "</span>");
		}
		out.write("</th><td" + TitleScript.of(document.title()).attributes() + ">" + Html.text(document.title())
				+ "</td><td dir=\"auto\">" + Html.text(document.agendaItem()) + "</td>");
		for (Language language : Language.values()) {
			SlotLine slot = document.slots().get(language);
			SlotState state = SlotState.of(slot);
			out.write("<td class=\"slot " + cssClass(state) + "\" data-language=\"" + language.letter()
					+ "\" data-state=\"" + name(state) + "\"");
			if (state == SlotState.PROBLEM) {
				String detail = Objects.toString(slot.detail(), "");
				out.write(" title=\"" + Html.attribute(slot.status().name() + (detail.isEmpty() ? "" : ": " + detail))
						+ "\"");
			}
			out.write(">");
			String link = (slot != null) ? links.link(slot) : null;
			if (link != null) {
				String label = language.displayName() + " PDF of " + symbol
						+ (state == SlotState.UNVERIFIED ? ", text not read: unverified" : "");
				out.write("<a href=\"" + Html.attribute(link) + "\" aria-label=\"" + Html.attribute(label) + "\">"
						+ Html.text(state.mark()) + "</a>");
			} else {
				out.write("<span aria-hidden=\"true\">" + Html.text(state.mark())
						+ "</span><span class=\"visually-hidden\">" + Html.text(language.displayName() + ": "
								+ state.meaning() + (state == SlotState.PROBLEM ? ", " + slot.status().name() : ""))
						+ "</span>");
			}
			out.write("</td>");
		}
		out.write("</tr>\n");
	}

	private static void legend(Writer out) throws IOException {
		out.write("<ul class=\"legend\" aria-label=\"Legend\">\n");
		for (SlotState state : SlotState.values()) {
			out.write("<li><span class=\"mark " + cssClass(state) + "\" aria-hidden=\"true\">" + Html.text(state.mark())
					+ "</span>" + Html.text(state.meaning()) + "</li>\n");
		}
		out.write("</ul>\n");
	}

	/** Hidden until the script shows them: without a script there is nothing to filter and the whole table shows. */
	private static void filters(Writer out) throws IOException {
		out.write("<form id=\"filters\" class=\"filters\" hidden>\n<fieldset>\n<legend>State</legend>\n");
		for (SlotState state : SlotState.values()) {
			out.write("<label><input type=\"checkbox\" name=\"state\" value=\"" + name(state) + "\" checked> "
					+ Html.text(state.meaning()) + "</label>\n");
		}
		out.write("</fieldset>\n<fieldset>\n<legend>Language</legend>\n");
		for (Language language : Language.values()) {
			out.write("<label><input type=\"checkbox\" name=\"language\" value=\"" + language.letter() + "\" checked> "
					+ language.displayName() + " (" + language.letter() + ")</label>\n");
		}
		out.write("</fieldset>\n<button type=\"reset\">Show all</button>\n</form>\n");
	}

	private static void entry(Writer out, String term, String html) throws IOException {
		out.write("<dt>" + term + "</dt><dd dir=\"auto\">" + html + "</dd>\n");
	}

	/** The states' colours, those of the workbook's Coverage sheet. */
	private static String states() {
		StringBuilder css = new StringBuilder();
		for (SlotState state : SlotState.values()) {
			css.append(String.format(Locale.ROOT, ".%s { background: #%06X; color: #%06X; }%n", cssClass(state),
					state.fill(), state.ink()));
		}
		return css.toString();
	}

	/** The state's name in the page: {@code available}, {@code not-expected}. */
	static String name(SlotState state) {
		return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String cssClass(SlotState state) {
		return "state-" + name(state);
	}

	private static String resource(String name) {
		try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
