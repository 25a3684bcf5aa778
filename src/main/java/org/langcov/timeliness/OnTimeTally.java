package org.langcov.timeliness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.langcov.vocabulary.Language;

/** Counts verdicts per language and overall, as they stream past. */
public final class OnTimeTally {

	private final Map<Language, OnTime> byLanguage = new EnumMap<>(Language.class);

	private OnTime overall = new OnTime(null, 0, 0, 0, 0, 0, 0);

	public OnTimeTally() {
		for (Language language : Language.values()) {
			this.byLanguage.put(language, new OnTime(language, 0, 0, 0, 0, 0, 0));
		}
	}

	public void add(Language language, Verdict verdict) {
		this.byLanguage.computeIfPresent(language, (key, counts) -> counts.plus(verdict));
		this.overall = this.overall.plus(verdict);
	}

	/** One line per language in the order A C E F R S, then the overall line. */
	public List<OnTime> lines() {
		List<OnTime> lines = new ArrayList<>(this.byLanguage.values());
		lines.add(this.overall);
		return lines;
	}

}
