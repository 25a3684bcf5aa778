package org.langcov.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.langcov.timeliness.DueRule;
import org.langcov.timeliness.DueRules;

/**
 * The job file's {@code due} key: a list of rules {@code {symbols: GLOB, due: RULE}}, read apart from {@code expect}
 * since when a document is due and in which languages it is expected are two questions, each with its own first match.
 */
final class DueKey {

	static final String KEY = "due";

	private DueKey() {
	}

	static List<DueRules.Entry> read(Object value, JobFileReader.Problems problems) {
		List<DueRules.Entry> rules = new ArrayList<>();
		if (value == null) {
			return rules;
		}
		if (!(value instanceof List<?> list)) {
			problems.add(KEY, "expected a list of rules such as '- symbols: \"*/CRP.*\"' with 'due: none'");
			return rules;
		}
		for (int i = 0; i < list.size(); i++) {
			String where = KEY + "[" + (i + 1) + "]";
			if (!(list.get(i) instanceof Map<?, ?> rule) || !(rule.get("symbols") instanceof String glob)
					|| !(rule.get("due") instanceof String due) || rule.size() != 2) {
				problems.add(where, "a rule has exactly the keys 'symbols' (a glob) and 'due' (" + DueRule.FORMS + ")");
				continue;
			}
			try {
				rules.add(new DueRules.Entry(glob.trim(), DueRule.parse(due)));
			} catch (IllegalArgumentException ex) {
				problems.add(where + ".due", ex.getMessage());
			}
		}
		return rules;
	}

}
