package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.langcov.vocabulary.Status.AVAILABLE;
import static org.langcov.vocabulary.Status.DAMAGED;
import static org.langcov.vocabulary.Status.MISSING;
import static org.langcov.vocabulary.Status.NOT_EXPECTED;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.langcov.fixtures.SchemaDatabase;
import org.langcov.report.Change;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's changes, as {@link RunChanges} finds them with the previous run's slots kept in memory and as the database
 * joins the two runs when they are not: the same changes, in the same order, on a real HSQLDB and a real PostgreSQL.
 */
class RunChangesTests {

	private static final long PREVIOUS = 1;

	private static final long RUN = 2;

	/** The changes of {@link #twoRuns()}. */
	private static final List<Change> CHANGES = List.of(
			new Change("E/CN.7/2014/CRP.1", Language.ENGLISH, null, AVAILABLE),
			new Change("E/CN.7/2014/1", Language.FRENCH, MISSING, AVAILABLE),
			new Change("E/CN.7/2014/2", Language.ENGLISH, AVAILABLE, DAMAGED),
			new Change("E/CN.7/2014/3", Language.ENGLISH, AVAILABLE, null));

	private JdbcTemplate jdbc;

	/**
	 * The previous run, then this one, which gains a document ahead of the others (one language expected, one not),
	 * loses two (one whose only slot was not expected) and sees two statuses change.
	 */
	private void twoRuns() {
		slot(PREVIOUS, 0, "E/CN.7/2014/1", Language.ENGLISH, AVAILABLE);
		slot(PREVIOUS, 1, "E/CN.7/2014/1", Language.FRENCH, MISSING);
		slot(PREVIOUS, 2, "E/CN.7/2014/2", Language.ENGLISH, AVAILABLE);
		slot(PREVIOUS, 3, "E/CN.7/2014/2", Language.FRENCH, NOT_EXPECTED);
		slot(PREVIOUS, 4, "E/CN.7/2014/3", Language.ENGLISH, AVAILABLE);
		slot(PREVIOUS, 5, "E/CN.7/2014/4", Language.ENGLISH, NOT_EXPECTED);
		slot(RUN, 0, "E/CN.7/2014/CRP.1", Language.ENGLISH, AVAILABLE);
		slot(RUN, 1, "E/CN.7/2014/CRP.1", Language.FRENCH, NOT_EXPECTED);
		slot(RUN, 2, "E/CN.7/2014/1", Language.ENGLISH, AVAILABLE);
		slot(RUN, 3, "E/CN.7/2014/1", Language.FRENCH, AVAILABLE);
		slot(RUN, 4, "E/CN.7/2014/2", Language.ENGLISH, DAMAGED);
		slot(RUN, 5, "E/CN.7/2014/2", Language.FRENCH, NOT_EXPECTED);
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void keptInMemoryTheChangesAreTheRunsOrderThenWhatLeft(String database) {
		open(database);
		twoRuns();

		assertThat(new RunChanges(this.jdbc, 6).keep(PREVIOUS)).as("kept within the budget").isNotNull();
		assertThat(changes(6)).containsExactlyElementsOf(CHANGES);
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void beyondTheBudgetTheDatabaseJoinsTheRunsToTheSameChanges(String database) {
		open(database);
		twoRuns();

		assertThat(new RunChanges(this.jdbc, 5).keep(PREVIOUS)).as("one slot over the budget").isNull();
		assertThat(changes(5)).containsExactlyElementsOf(CHANGES);
		assertThat(changes(0)).containsExactlyElementsOf(CHANGES);
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void aRunWithASymbolAndLanguageTwiceIsLeftToTheDatabase(String database) {
		open(database);
		twoRuns();
		slot(PREVIOUS, 6, "E/CN.7/2014/1", Language.ENGLISH, MISSING);

		assertThat(new RunChanges(this.jdbc, 100).keep(PREVIOUS)).isNull();
		// the database pairs this run's slot with both of its previous selves
		assertThat(changes(100)).contains(new Change("E/CN.7/2014/1", Language.ENGLISH, MISSING, AVAILABLE));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void anUnchangedRunHasNoChanges(String database) {
		open(database);
		for (long run : new long[]{PREVIOUS, RUN}) {
			slot(run, 0, "E/CN.7/2014/1", Language.ENGLISH, AVAILABLE);
			slot(run, 1, "E/CN.7/2014/1", Language.ARABIC, MISSING);
			slot(run, 2, "E/CN.7/2014/1", Language.CHINESE, NOT_EXPECTED);
		}

		assertThat(changes(100)).isEmpty();
		assertThat(changes(0)).isEmpty();
	}

	private List<Change> changes(long budget) {
		List<Change> changes = new ArrayList<>();
		new RunChanges(this.jdbc, budget).changes(PREVIOUS, RUN, changes::add);
		return changes;
	}

	private void slot(long run, int seq, String symbol, Language language, Status status) {
		this.jdbc.update(
				"INSERT INTO LC_SLOT (RUN_ID, SLOT_SEQ, DOC_SEQ, SYMBOL, LANG, EXPECTED, LOCATION, STATUS)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				run, seq, seq / 2, symbol, String.valueOf(language.letter()), status != NOT_EXPECTED,
				symbol.replace('/', '_') + "-" + language.letter() + ".pdf", status.name());
	}

	private void open(String database) {
		this.jdbc = new JdbcTemplate(SchemaDatabase.create(database, "changes"));
	}

}
