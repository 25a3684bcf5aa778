package org.langcov.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to do about the YAML mistakes people make in job files, said in their terms rather than the parser's: a value
 * with a colon and a space in it ({@code title: Commission: 57th session}), which YAML reads as a second key, or one
 * starting with {@code *} ({@code symbols: *}{@code /CRP.*}), which it reads as an alias. Both need quotes.
 */
final class YamlHint {

	private static final Pattern KEY_VALUE = Pattern.compile("^\\s*(?:-\\s+)?([\\w-]+):\\s+(.*?)\\s*$");

	private YamlHint() {
	}

	/**
	 * The advice for the parser's problem on that line (0-based), or empty when it is no mistake this class knows.
	 */
	static Optional<String> of(Path file, String problem, int line) {
		boolean colon = problem.startsWith("mapping values are not allowed");
		boolean alias = problem.startsWith("unexpected character found");
		if (!colon && !alias) {
			return Optional.empty();
		}
		Matcher keyValue = KEY_VALUE.matcher(line(file, line));
		if (!keyValue.matches()) {
			return Optional.empty();
		}
		String key = keyValue.group(1);
		String value = keyValue.group(2);
		if (alias && !value.startsWith("*")) {
			return Optional.empty();
		}
		String why = colon
				? "the value has a colon and a space in it, which YAML reads as another key"
				: "a value starting with '*' is read by YAML as an alias";
		return Optional.of("key '" + key + "': " + why + "; put the value in quotes: " + key + ": " + quoted(value));
	}

	private static String quoted(String value) {
		return value.contains("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value + "\"";
	}

	private static String line(Path file, int line) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return (line >= 0 && line < lines.size()) ? lines.get(line) : "";
		} catch (IOException | RuntimeException ex) {
			// the file was just read; if it cannot be read again, the parser's own words stand
			return "";
		}
	}

}
