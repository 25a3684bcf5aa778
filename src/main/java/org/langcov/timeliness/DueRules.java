package org.langcov.timeliness;

import java.util.ArrayList;
import java.util.List;

import org.langcov.symbol.SymbolGlob;

/**
 * A job's rules for when documents are due, by symbol glob: the job's own rules first, then the in-session series
 * ({@link #IN_SESSION}), which are not subject to the six-week rule; the first rule whose glob matches the primary
 * symbol wins, and a document no rule matches is due {@code deadline-weeks} before the opening.
 */
public final class DueRules {

	/**
	 * The defaults, after the job's rules: conference room papers, {@code L.} drafts, information papers and NGO
	 * statements are issued at or during the session, not six weeks before it.
	 */
	public static final List<Entry> IN_SESSION = List.of(new Entry("*/CRP.*", DueRule.NONE),
			new Entry("*/L.*", DueRule.NONE), new Entry("*/INF/*", DueRule.NONE), new Entry("*/INF.*", DueRule.NONE),
			new Entry("*/NGO/*", DueRule.NONE));

	private final List<Entry> rules;

	private final DueRule otherwise;

	/**
	 * @param jobRules
	 *            the job's {@code due} rules, in its order
	 * @param deadlineWeeks
	 *            the job's {@code deadline-weeks}, for documents no rule matches
	 */
	public DueRules(List<Entry> jobRules, int deadlineWeeks) {
		this.rules = new ArrayList<>(jobRules);
		this.rules.addAll(IN_SESSION);
		this.otherwise = DueRule.weeksBefore(deadlineWeeks);
	}

	/** The rule for a document, by its primary symbol. */
	public DueRule ruleFor(String primarySymbol) {
		return this.rules.stream().filter((rule) -> rule.matches(primarySymbol)).map(Entry::due).findFirst()
				.orElse(this.otherwise);
	}

	/**
	 * One rule: documents whose primary symbol matches the glob are due as {@code due} says. {@code *} matches any
	 * characters, {@code /} included; case does not matter, as it does not in symbols.
	 */
	public record Entry(String symbols, DueRule due) {

		boolean matches(String primarySymbol) {
			return SymbolGlob.matches(this.symbols, primarySymbol);
		}

	}

}
