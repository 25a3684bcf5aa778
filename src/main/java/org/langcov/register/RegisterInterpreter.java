package org.langcov.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.langcov.vocabulary.Language;
import org.langcov.symbol.FootnoteMarks;
import org.langcov.symbol.Symbols;

/**
 * Turns register rows, in register order, into documents or rejections with a reason a person can act on. It remembers
 * the symbols of the rows it has taken, to reject a document listed twice: one instance per reading of a register, fed
 * from one thread.
 * <p>
 * A document's expected languages are those of its Languages cell when it has one, else those of the first job rule
 * matching its primary symbol, else the job's default; a language column holding {@code -} or {@code n/a} then takes
 * that language away.
 */
public final class RegisterInterpreter {

	private static final Set<String> NOT_EXPECTED = Set.of("-", "\u2013", "\u2014", "n/a");

	private final Set<Language> defaultLanguages;

	private final List<ExpectRule> rules;

	private final DateOrder dateOrder;

	/** Symbols taken so far, in upper case, with the row that holds each. */
	private final Map<String, Taken> taken = new HashMap<>();

	public RegisterInterpreter(Set<Language> defaultLanguages, List<ExpectRule> rules) {
		this(defaultLanguages, rules, DateOrder.DMY);
	}

	/**
	 * @param dateOrder
	 *            how to read a Deadline such as {@code 03/04/2014}
	 */
	public RegisterInterpreter(Set<Language> defaultLanguages, List<ExpectRule> rules, DateOrder dateOrder) {
		this.defaultLanguages = Set.copyOf(defaultLanguages);
		this.rules = List.copyOf(rules);
		this.dateOrder = dateOrder;
	}

	/** The row as a document, or the reason it is not taken. */
	public RegisterEntry interpret(RegisterRow row) {
		String written = row.text(Column.SYMBOL);
		if (written.isEmpty()) {
			return new Rejection(row.rowNumber(), "", "no symbol");
		}
		List<String> pieces = new ArrayList<>();
		List<String> marked = new ArrayList<>();
		for (String piece : Symbols.split(written)) {
			String bare = FootnoteMarks.dropped(piece);
			if (!bare.equals(piece)) {
				marked.add(piece);
			}
			if (!bare.isEmpty()) {
				pieces.add(bare);
			}
		}
		// looked up in the UN's canonical case; a symbol written twice in one cell names the document once
		List<String> symbols = List.copyOf(new LinkedHashSet<>(pieces.stream().map(Symbols::canonical).toList()));
		Optional<String> problem = sessionProblem(row.text(Column.SESSION));
		if (problem.isEmpty()) {
			problem = symbolProblem(written, pieces, symbols);
		}
		if (problem.isEmpty()) {
			problem = languagesProblem(row.text(Column.LANGUAGES));
		}
		String deadline = row.text(Column.DEADLINE);
		Optional<LocalDate> due = RegisterDate.parse(deadline, this.dateOrder);
		if (problem.isEmpty() && !deadline.isEmpty() && due.isEmpty()) {
			problem = Optional.of("Deadline \"" + deadline
					+ "\" is not a date: write 2014-01-30, 30 January 2014 or 30/01/2014 (the job's date-order "
					+ this.dateOrder + " decides the order of day and month)");
		}
		if (problem.isPresent()) {
			return new Rejection(row.rowNumber(), written, problem.get());
		}
		for (String symbol : symbols) {
			this.taken.put(key(symbol), new Taken(row.rowNumber(), symbols.get(0)));
		}
		EnumSet<Language> expected = EnumSet.noneOf(Language.class);
		expected.addAll(LanguagesCell.parse(row.text(Column.LANGUAGES)).orElseGet(() -> rulesFor(symbols.get(0))));
		Map<Language, String> locations = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			String location = row.location(language);
			if (NOT_EXPECTED.contains(location.toLowerCase(Locale.ROOT))) {
				expected.remove(language);
			} else if (!location.isEmpty()) {
				locations.put(language, location);
			}
		}
		List<RegisterNote> notes = marked.stream().map(
				(symbol) -> new RegisterNote(row.rowNumber(), written, "footnote mark \"" + FootnoteMarks.of(symbol)
						+ "\" dropped: taken as " + Symbols.canonical(FootnoteMarks.dropped(symbol))))
				.toList();
		return new Document(row.rowNumber(), symbols, row.text(Column.TITLE), row.text(Column.AGENDA_ITEM),
				row.text(Column.SESSION), due.map(LocalDate::toString).orElse(""), expected, locations, notes);
	}

	/**
	 * @param pieces
	 *            the symbols as written, but for their footnote marks
	 * @param symbols
	 *            the same in canonical case, each once
	 */
	private Optional<String> symbolProblem(String written, List<String> pieces, List<String> symbols) {
		if (pieces.isEmpty()) {
			// only separators, such as "-": nothing to split, so name the cell itself
			return Optional.of("\"" + written + "\" is not a UN document symbol");
		}
		for (String symbol : pieces) {
			if (!Symbols.isValid(symbol)) {
				return Optional.of("\"" + symbol + "\" is not a UN document symbol");
			}
		}
		for (String symbol : symbols) {
			Taken earlier = this.taken.get(key(symbol));
			if (earlier != null) {
				String joint = earlier.primary().equalsIgnoreCase(symbol)
						? ""
						: " (as a joint symbol of " + earlier.primary() + ")";
				return Optional.of(symbol + " is already listed in row " + earlier.row() + joint);
			}
		}
		return Optional.empty();
	}

	// a session value becomes part of file names, so only a safe id is taken
	private static Optional<String> sessionProblem(String session) {
		if (session.isEmpty() || Sessions.isId(session)) {
			return Optional.empty();
		}
		return Optional.of("Session \"" + session + "\" is not a session id: " + Sessions.ID_RULE);
	}

	private static Optional<String> languagesProblem(String languages) {
		if (languages.isEmpty() || LanguagesCell.parse(languages).isPresent()) {
			return Optional.empty();
		}
		return Optional.of("Languages \"" + languages
				+ "\" not understood: write letters (ACEFRS, E/F/S), codes (en, fr), names (English, French) or all");
	}

	private Set<Language> rulesFor(String primarySymbol) {
		for (ExpectRule rule : this.rules) {
			if (rule.matches(primarySymbol)) {
				return rule.languages();
			}
		}
		return this.defaultLanguages;
	}

	// E/CN.7/2014/CRP.1 and E/CN.7/2014/crp.1 are one document
	private static String key(String symbol) {
		return symbol.toUpperCase(Locale.ROOT);
	}

	private record Taken(int row, String primary) {
	}

}
