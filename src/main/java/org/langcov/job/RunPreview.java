package org.langcov.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.langcov.register.Document;
import org.langcov.register.RegisterEntry;
import org.langcov.register.RegisterException;
import org.langcov.register.RegisterInterpreter;
import org.langcov.register.RegisterReader;
import org.langcov.register.RegisterYield;
import org.langcov.register.Rejection;
import org.langcov.store.Store;
import org.langcov.vocabulary.Language;

/**
 * What a run of one session would do, found by reading its register exactly as a run stages it, but keeping only
 * counts: no file of the store is looked at and nothing is written, so it needs no database.
 *
 * @param job
 *            the job, for one session
 * @param documents
 *            the documents a run would check
 * @param expected
 *            per language, the documents expected in it: the slots a run would count
 * @param rejections
 *            the rows a run would reject, the first {@value #REJECTIONS_KEPT}
 * @param rejected
 *            how many rows a run would reject in all
 */
public record RunPreview(JobFile job, int documents, Map<Language, Integer> expected, List<Rejection> rejections,
		int rejected) {

	/** Rejections listed; the rest are counted. */
	public static final int REJECTIONS_KEPT = 50;

	/**
	 * Reads the job's register for its session.
	 *
	 * @param store
	 *            the job's store, for the rule that no location leaves it; it is not read
	 * @throws RegisterException
	 *             when a run would refuse the register, with the same message
	 */
	public static RunPreview of(JobFile job, Store store) {
		RegisterInterpreter interpreter = new RegisterInterpreter(job.languages(), job.expect(), job.dateOrder());
		Map<Language, Integer> expected = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			expected.put(language, 0);
		}
		List<Rejection> rejections = new ArrayList<>();
		int[] counts = new int[2];
		RegisterYield yield = new RegisterYield(job.register(), job.session(), (row) -> {
			RegisterEntry entry = interpreter.interpret(row);
			Rejection rejection = (entry instanceof Rejection rejected) ? rejected : null;
			if (entry instanceof Document document) {
				rejection = DocumentLocations.of(document, job.pattern(), store).rejection();
				if (rejection == null) {
					counts[0]++;
					document.expected().forEach((language) -> expected.merge(language, 1, Integer::sum));
				}
			}
			if (rejection != null) {
				counts[1]++;
				if (rejections.size() < REJECTIONS_KEPT) {
					rejections.add(rejection);
				}
			}
		});
		RegisterReader.forFile(job.register()).read(job.register(), job.sheet(), yield);
		if (counts[0] == 0) {
			throw yield.noDocument(rejections.isEmpty() ? null : rejections.get(0));
		}
		return new RunPreview(job, counts[0], Collections.unmodifiableMap(expected), List.copyOf(rejections),
				counts[1]);
	}

	/** The slots a run would count: the expected language versions of every document. */
	public int slots() {
		return this.expected.values().stream().mapToInt(Integer::intValue).sum();
	}

}
