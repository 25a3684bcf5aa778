package org.langcov.job;

import org.langcov.register.ExpectRule;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.langcov.vocabulary.Language;
import org.langcov.register.DateOrder;
import org.langcov.register.LanguagesCell;
import org.langcov.register.RegisterDate;
import org.langcov.register.Sessions;
import org.langcov.store.Placeholders;
import org.langcov.store.Store;
import org.langcov.store.WebStore;

/**
 * The keys of one job file, each checked against SPEC's table and given its default.
 */
final class JobFileKeys {

	static final List<String> KNOWN = List.of("session", "title", "register", "sheet", "documents", "pattern",
			"languages", "expect", "output", "file-timeout", "opens", "deadline-weeks", "date-order", "max-file-size",
			"connect-timeout", "read-timeout", "connections-per-host", DueKey.KEY);

	private final Path file;

	private final Path folder;

	private final Map<String, Object> keys;

	private final JobFileReader.Problems problems;

	JobFileKeys(Path file, Map<String, Object> keys, JobFileReader.Problems problems) {
		this.file = file;
		this.folder = file.toAbsolutePath().normalize().getParent();
		this.keys = keys;
		this.problems = problems;
	}

	JobFile toJobFile() {
		this.keys.keySet().stream().filter((key) -> !KNOWN.contains(key)).forEach((key) -> this.problems
				.addGeneral("unknown key '" + key + "' (known keys: " + String.join(", ", KNOWN) + ")"));
		String session = text("session", null);
		// without it, the register's Session column names the sessions (SessionPlan)
		if (session != null && !Sessions.isId(session)) {
			this.problems.add("session", "'" + session + "' is not a session id: " + Sessions.ID_RULE);
		}
		Path register = path("register", true);
		if (register != null && !Files.isRegularFile(register)) {
			this.problems.add("register", "file " + register + " not found");
		}
		String documents = documents();
		String pattern = text("pattern", JobFile.DEFAULT_PATTERN);
		try {
			Placeholders.check(pattern);
		} catch (IllegalArgumentException ex) {
			this.problems.add("pattern", ex.getMessage());
		}
		if (documents != null && Store.isWeb(documents) && pattern.contains("*")) {
			this.problems.add("pattern", "'" + pattern
					+ "' has a wildcard, and a web store cannot list its files: '*' works on folder stores only");
		}
		Path output = path("output", true);
		if (output != null) {
			outputProblem(output).ifPresent((problem) -> this.problems.add("output", problem));
		}
		DateOrder dateOrder = value("date-order", "DMY", JobFileKeys::dateOrder);
		return new JobFile(this.file.toAbsolutePath().normalize(), session, text("title", null), register,
				text("sheet", null), documents, pattern, languages(), expect(), output,
				value("file-timeout", "30s", Quantities::duration),
				value("opens", null, (text) -> date(text, dateOrder)),
				value("deadline-weeks", "6", JobFileKeys::positive), dateOrder,
				value("max-file-size", "200MB", Quantities::size),
				value("connect-timeout", "10s", Quantities::duration),
				value("read-timeout", "60s", Quantities::duration),
				value("connections-per-host", "4", JobFileKeys::positive),
				DueKey.read(this.keys.get(DueKey.KEY), this.problems));
	}

	/** The store folder as an absolute path, or the web store's base URL. */
	private String documents() {
		String documents = text("documents", null);
		if (documents == null) {
			this.problems.addGeneral("key 'documents' is required");
			return null;
		}
		if (Store.isWeb(documents)) {
			WebStore.invalidBase(documents).ifPresent((problem) -> this.problems.add("documents", problem));
			return documents;
		}
		Path store = path("documents", true);
		if (store != null && !Files.isDirectory(store)) {
			this.problems.add("documents", "folder " + store
					+ " does not exist (is the share mounted?); a missing store is an error, not 100 % missing");
		}
		return (store != null) ? store.toString() : null;
	}

	/**
	 * Why the reports could not be written there, checked before a run rather than after its inspections: the folder,
	 * or the nearest one that exists on its way, must be a folder that can be written.
	 */
	private static Optional<String> outputProblem(Path output) {
		Path existing = output;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return Optional.of("folder " + output + " cannot be created");
		}
		if (!Files.isDirectory(existing)) {
			return Optional.of(existing.equals(output)
					? output + " is a file, not a folder"
					: "folder " + output + " cannot be created: " + existing + " is a file, not a folder");
		}
		if (!Files.isWritable(existing)) {
			return Optional.of("folder " + existing + " cannot be written (permission denied)");
		}
		return Optional.empty();
	}

	private Set<Language> languages() {
		return value("languages", "ACEFRS", JobFileKeys::letters);
	}

	private List<ExpectRule> expect() {
		Object value = this.keys.get("expect");
		List<ExpectRule> rules = new ArrayList<>();
		if (value == null) {
			return rules;
		}
		if (!(value instanceof List<?> list)) {
			this.problems.add("expect",
					"expected a list of rules such as '- symbols: \"*/CRP.*\"' with 'languages: E'");
			return rules;
		}
		for (int i = 0; i < list.size(); i++) {
			String where = "expect[" + (i + 1) + "]";
			if (!(list.get(i) instanceof Map<?, ?> rule) || !(rule.get("symbols") instanceof String glob)
					|| !(rule.get("languages") instanceof String letters) || rule.size() != 2) {
				this.problems.add(where,
						"a rule has exactly the keys 'symbols' (a glob) and 'languages' (letters or names)");
				continue;
			}
			try {
				rules.add(new ExpectRule(glob.trim(), letters(letters)));
			} catch (IllegalArgumentException ex) {
				this.problems.add(where + ".languages", ex.getMessage());
			}
		}
		return rules;
	}

	/** Languages as the register's Languages column takes them: {@code ACEFRS}, {@code en, fr}, {@code English}. */
	private static Set<Language> letters(String text) {
		Set<Language> languages = LanguagesCell.parse(text)
				.orElseThrow(() -> new IllegalArgumentException("'" + text + "' names no languages: write letters"
						+ " (ACEFRS, E/F), ISO codes (en, fr) or names (English, French)"));
		return EnumSet.copyOf(languages);
	}

	/** A date in any form the register's Deadline column takes: {@code 2014-03-13}, {@code 13 March 2014}. */
	private static LocalDate date(String text, DateOrder order) {
		return RegisterDate.parse(text, (order != null) ? order : DateOrder.DMY)
				.orElseThrow(() -> new IllegalArgumentException(
						"'" + text + "' is not a date such as 2014-03-13, 13 March 2014 or 13/03/2014"));
	}

	private static DateOrder dateOrder(String text) {
		try {
			return DateOrder.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
		} catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + text + "' is not DMY (30/01/2014) or MDY (01/30/2014)");
		}
	}

	private static int positive(String text) {
		try {
			int value = Integer.parseInt(text.trim());
			if (value > 0) {
				return value;
			}
		} catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("'" + text + "' is not a whole number above zero");
	}

	private <T> T value(String key, String fallback, Function<String, T> parser) {
		String text = text(key, fallback);
		if (text == null) {
			return null;
		}
		try {
			return parser.apply(text);
		} catch (DateTimeParseException ex) {
			this.problems.add(key, "'" + text + "' is not a date such as 2014-03-13");
		} catch (IllegalArgumentException ex) {
			this.problems.add(key, ex.getMessage());
		}
		return null;
	}

	private Path path(String key, boolean required) {
		String text = text(key, null);
		if (text == null) {
			if (required) {
				this.problems.addGeneral("key '" + key + "' is required");
			}
			return null;
		}
		try {
			return this.folder.resolve(text).normalize();
		} catch (InvalidPathException ex) {
			this.problems.add(key, "'" + text + "' is not a valid path");
			return null;
		}
	}

	private String text(String key, String fallback) {
		Object value = this.keys.get(key);
		if (value == null) {
			return fallback;
		}
		if (!(value instanceof String text)) {
			this.problems.add(key, "expected a single value, not a list or a map");
			return fallback;
		}
		return text.isBlank() ? fallback : text.trim();
	}

}
