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
import org.langcov.register.RegisterRow;
import org.langcov.register.RegisterRows;
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
 * @param sheet
 *            the sheet read, or {@code null} for a CSV file
 * @param headerRow
 *            the row of the register's header, as a spreadsheet program numbers it
 */
public record RunPreview(JobFile job, int documents, Map<Language, Integer> expected, List<Rejection> rejections,
		int rejected, String sheet, int headerRow) {

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
		Tally tally = new Tally(job, store);
		RegisterYield yield = new RegisterYield(job.register(), job.session(), tally);
		RegisterReader.forFile(job.register()).read(job.register(), job.sheet(), yield);
		if (tally.documents == 0) {
			throw yield.noDocument(tally.rejections.isEmpty() ? null : tally.rejections.get(0));
		}
		return new RunPreview(job, tally.documents, Collections.unmodifiableMap(tally.expected),
				List.copyOf(tally.rejections), tally.rejected, tally.sheet, tally.headerRow);
	}

	/** The slots a run would count: the expected language versions of every document. */
	public int slots() {
		return this.expected.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Counts the session's rows as a run's staging takes them (see {@link SlotStager}). */
	private static final class Tally implements RegisterRows {

		private final JobFile job;

		private final Store store;

		private final RegisterInterpreter interpreter;

		private final Map<Language, Integer> expected = new EnumMap<>(Language.class);

		private final List<Rejection> rejections = new ArrayList<>();

		private int documents;

		private int rejected;

		private String sheet;

		private int headerRow;

		Tally(JobFile job, Store store) {
			this.job = job;
			this.store = store;
			this.interpreter = new RegisterInterpreter(job.languages(), job.expect(), job.dateOrder());
			for (Language language : Language.values()) {
				this.expected.put(language, 0);
			}
		}

		@Override
		public void headerAt(String sheetName, int row) {
			this.sheet = sheetName;
			this.headerRow = row;
		}

		@Override
		public void row(RegisterRow row) {
			RegisterEntry entry = this.interpreter.interpret(row);
			Rejection rejection = (entry instanceof Rejection rejected) ? rejected : null;
			if (entry instanceof Document document) {
				rejection = DocumentLocations.of(document, this.job.pattern(), this.store).rejection();
				if (rejection == null) {
					this.documents++;
					document.expected().forEach((language) -> this.expected.merge(language, 1, Integer::sum));
				}
			}
			if (rejection != null) {
				this.rejected++;
				if (this.rejections.size() < REJECTIONS_KEPT) {
					this.rejections.add(rejection);
				}
			}
		}

	}

}
