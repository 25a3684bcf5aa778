package org.langcov.report.json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.langcov.report.LanguageSummary;
import org.langcov.report.Percent;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.timeliness.OnTime;

/**
 * Writes a session's coverage figures as JSON, UTF-8, for other programs: the run, the summary per language and
 * overall, the on-time share and one entry per problem, the same figures as the workbook's. Shares are percentages
 * rounded half up to one decimal ({@link Percent}), {@code null} where there is none.
 */
public final class JsonReport {

	private final ZoneId zone;

	/** The run's time is written in the time zone of the machine, as in the other reports. */
	public JsonReport() {
		this(ZoneId.systemDefault());
	}

	public JsonReport(ZoneId zone) {
		this.zone = zone;
	}

	public void write(ReportSource source, Path file) throws IOException {
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			write(source, out);
		} catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	void write(ReportSource source, Writer out) throws IOException {
		RunInfo run = source.run();
		out.write("{\n");
		field(out, "session", run.session());
		field(out, "title", run.title());
		if (run.started() != null) {
			// to the second, as the workbook and the PDF show it
			field(out, "runTime", DateTimeFormatter.ISO_OFFSET_DATE_TIME
					.format(run.started().truncatedTo(ChronoUnit.SECONDS).atZone(this.zone)));
		} else {
			raw(out, "runTime", "null");
		}
		field(out, "zone", this.zone.getId());
		field(out, "register", run.register());
		field(out, "store", run.store());
		List<LanguageSummary> summary = source.summary();
		out.write("  \"languages\": [");
		boolean first = true;
		LanguageSummary overall = null;
		for (LanguageSummary line : summary) {
			if (line.language() == null) {
				overall = line;
				continue;
			}
			out.write(first ? "\n    " : ",\n    ");
			first = false;
			out.write("{\"language\": " + string(String.valueOf(line.language().letter())) + ", \"name\": "
					+ string(line.language().displayName()) + ", " + counts(line) + "}");
		}
		out.write(first ? "],\n" : "\n  ],\n");
		raw(out, "overall", (overall != null) ? "{" + counts(overall) + "}" : "null");
		raw(out, "onTime", onTime(source.onTime()));
		out.write("  \"problems\": [");
		boolean[] none = {true};
		source.slots((slot) -> {
			if (!slot.status().problem()) {
				return;
			}
			try {
				out.write(none[0] ? "\n    " : ",\n    ");
				none[0] = false;
				out.write("{\"symbol\": " + string(slot.symbol()) + ", \"language\": "
						+ string(String.valueOf(slot.language().letter())) + ", \"status\": "
						+ string(slot.status().name()) + ", \"detail\": " + string(slot.detail()) + ", \"location\": "
						+ string(slot.location()) + "}");
			} catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.write(none[0] ? "]\n" : "\n  ]\n");
		out.write("}\n");
	}

	private static String counts(LanguageSummary line) {
		return "\"expected\": " + line.expected() + ", \"available\": " + line.available() + ", \"missing\": "
				+ line.missing() + ", \"problems\": " + line.otherProblems() + ", \"unverified\": " + line.unverified()
				+ ", \"coverage\": " + number(line.percent());
	}

	/** The overall on-time share, or {@code null} when there is no timeliness (no due date). */
	private static String onTime(List<OnTime> counts) {
		Optional<OnTime> overall = counts.stream().filter((line) -> line.language() == null).findFirst();
		if (overall.isEmpty()) {
			return "null";
		}
		OnTime line = overall.get();
		return "{\"due\": " + line.due() + ", \"onTime\": " + line.onTime() + ", \"share\": "
				+ number(Percent.of(line.onTime(), line.due())) + "}";
	}

	/** A share as a JSON number with one decimal ({@code 91.7}, {@code 100.0}), or {@code null}. */
	static String number(Optional<Percent> share) {
		return share.map((percent) -> percent.tenths() / 10 + "." + percent.tenths() % 10).orElse("null");
	}

	private static void field(Writer out, String name, String value) throws IOException {
		raw(out, name, string(value));
	}

	private static void raw(Writer out, String name, String json) throws IOException {
		out.write("  " + string(name) + ": " + json + ",\n");
	}

	/**
	 * A JSON string, or {@code null}: quotes, backslashes and control characters escaped, {@code </} written
	 * {@code <\/} so that the text can sit in an HTML script, the line and paragraph separators and unpaired surrogates
	 * escaped; every other character kept as it is, in UTF-8.
	 */
	static String string(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder json = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				case '/' -> json.append((i > 0 && value.charAt(i - 1) == '<') ? "\\/" : "/");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029' || unpaired(value, i)) {
						json.append(String.format("\\u%04x", (int) c));
					} else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

	private static boolean unpaired(String value, int i) {
		char c = value.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
		}
		return false;
	}

}
