package org.langcov.history;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.langcov.report.Change;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * A run's changes since the previous successful run of its session: each slot of the run whose status is not its
 * previous self's (the slot of the same symbol and language), in the run's order, then each slot the previous run had
 * and this one no longer has, in that run's order. A slot that appears NOT_EXPECTED is no change, nor is one that
 * leaves when it was NOT_EXPECTED.
 * <p>
 * The previous run's slots are read once, in the order of its primary key, and kept (their symbol, language and
 * status), then the run's slots are read once and each looks up its previous self in memory: two passes over the rows
 * instead of two joins, in which the database looks every slot up in the other run through the (RUN_ID, SYMBOL, LANG)
 * index. At 20,000 documents on HSQLDB, 0.23 to 0.32 s instead of 1.35 to 1.8 s ({@code ChangesBenchmark}). When the
 * previous run has more slots than the budget allows, or a symbol and language twice (which a register's reading does
 * not let in), the database joins the runs as before.
 */
final class RunChanges {

	private static final String SLOTS = "SELECT SYMBOL, LANG, STATUS FROM LC_SLOT WHERE RUN_ID = ? ORDER BY SLOT_SEQ";

	private final JdbcTemplate jdbc;

	private final long budget;

	/** Keeping at most a sixteenth of the heap's worth of the previous run's slots. */
	RunChanges(JdbcTemplate jdbc) {
		this(jdbc, SlotPlaces.budget());
	}

	/** Keeping at most {@code budget} of the previous run's slots. */
	RunChanges(JdbcTemplate jdbc, long budget) {
		this.jdbc = jdbc;
		this.budget = budget;
	}

	void changes(long previous, long run, Consumer<Change> action) {
		Previous kept = keep(previous);
		if (kept == null) {
			joined(previous, run, action);
			return;
		}
		BitSet matched = new BitSet(kept.size());
		this.jdbc.query(SLOTS, (RowCallbackHandler) (rs) -> {
			String symbol = rs.getString(1);
			String language = rs.getString(2);
			String status = rs.getString(3);
			int at = kept.indexOf(symbol, language);
			String before = null;
			if (at >= 0) {
				matched.set(at);
				before = kept.statuses.get(at);
			}
			if (!Objects.equals(before, status) && !(before == null && "NOT_EXPECTED".equals(status))) {
				action.accept(change(symbol, language, before, status));
			}
		}, run);
		for (int at = 0; at < kept.size(); at++) {
			String before = kept.statuses.get(at);
			if (!matched.get(at) && before != null && !before.equals("NOT_EXPECTED")) {
				action.accept(change(kept.symbols.get(at), kept.languages.get(at), before, null));
			}
		}
	}

	/** The previous run's slots, or null when they are more than the budget or not one a symbol and language. */
	Previous keep(long previous) {
		Previous kept = new Previous();
		try {
			this.jdbc.query(SLOTS, (RowCallbackHandler) (rs) -> {
				if (kept.size() >= this.budget || !kept.add(rs.getString(1), rs.getString(2), rs.getString(3))) {
					throw new SlotPlaces.NotKept();
				}
			}, previous);
		} catch (SlotPlaces.NotKept ex) {
			return null;
		}
		return kept;
	}

	/** The same changes, the database looking each slot up in the other run. */
	private void joined(long previous, long run, Consumer<Change> action) {
		RowCallbackHandler change = (rs) -> action
				.accept(change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
		this.jdbc.query(
				"SELECT c.SYMBOL, c.LANG, p.STATUS, c.STATUS FROM LC_SLOT c"
						+ " LEFT JOIN LC_SLOT p ON p.RUN_ID = ? AND p.SYMBOL = c.SYMBOL AND p.LANG = c.LANG"
						+ " WHERE c.RUN_ID = ? AND c.STATUS IS DISTINCT FROM p.STATUS"
						+ " AND NOT (p.STATUS IS NULL AND c.STATUS = 'NOT_EXPECTED') ORDER BY c.SLOT_SEQ",
				change, previous, run);
		this.jdbc.query(
				"SELECT p.SYMBOL, p.LANG, p.STATUS, NULL FROM LC_SLOT p"
						+ " WHERE p.RUN_ID = ? AND p.STATUS <> 'NOT_EXPECTED' AND NOT EXISTS (SELECT 1 FROM LC_SLOT c"
						+ " WHERE c.RUN_ID = ? AND c.SYMBOL = p.SYMBOL AND c.LANG = p.LANG) ORDER BY p.SLOT_SEQ",
				change, previous, run);
	}

	private static Change change(String symbol, String language, String before, String after) {
		return new Change(symbol, RunReportSource.language(language), RunReportSource.status(before),
				RunReportSource.status(after));
	}

	/** The previous run's slots in its order, and where each symbol is, by language. */
	static final class Previous {

		final List<String> symbols = new ArrayList<>();

		final List<String> languages = new ArrayList<>();

		final List<String> statuses = new ArrayList<>();

		private final SlotPlaces places = new SlotPlaces();

		int size() {
			return this.places.size();
		}

		/** Whether the slot is the first of its symbol and language. */
		boolean add(String symbol, String language, String status) {
			if (this.places.add(symbol, language) < 0) {
				return false;
			}
			this.symbols.add(symbol);
			this.languages.add(language);
			this.statuses.add(status);
			return true;
		}

		int indexOf(String symbol, String language) {
			return this.places.indexOf(symbol, language);
		}

	}

}
