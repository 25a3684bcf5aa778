package org.langcov.history;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Repository;

/**
 * Records, once a run's slots are inspected, since when each AVAILABLE slot has been available, from the previous
 * successful run's record.
 * <p>
 * The rule, carried from one successful run of a session to the next: a slot that stays AVAILABLE keeps its day (a run
 * from before langcov recorded these days gives its own day), one that breaks and comes back starts again on the day of
 * the run. When langcov has no earlier record of the slot (the first run, or a document new to the register), it cannot
 * know how long the file has been there: the file's own date stands in when it is earlier than the run, so that a
 * session langcov starts watching late still gets a fair verdict, and it keeps standing in on later runs (FROM_FILE).
 * <p>
 * The previous run's slots are read once in the order of its primary key, with their days, and kept (symbol, language
 * and what the rule needs of them); the run's AVAILABLE slots are read once, each finds its previous self in memory,
 * and the days are inserted in batches: on HSQLDB at 20,000 documents 1.3 to 1.5 s in a warm JVM, 2.4 to 2.8 s in one
 * of its own, instead of 1.8 to 2.2 s and 3.1 to 3.2 s for the one statement in which the database looks each slot up
 * in the previous run through the (RUN_ID, SYMBOL, LANG) index ({@code AvailabilityBenchmark}). That statement is still
 * what records the days on PostgreSQL, and on HSQLDB when the previous run has more slots than the budget allows (as
 * {@link RunChanges}, a sixteenth of the heap), or a symbol and language twice.
 */
@Repository
public class AvailabilityRecorder {

	/**
	 * The day and whether the file's date stood in, for an AVAILABLE slot {@code c} of this run and {@code p}, the same
	 * slot in the previous run (no row when it did not have it). Parameters: the previous run's day, this run's day,
	 * twice, then the previous run and this run.
	 */
	private static final String RECORD = "INSERT INTO LC_SINCE (RUN_ID, SLOT_SEQ, SINCE, FROM_FILE)"
			+ " SELECT c.RUN_ID, c.SLOT_SEQ,"
			+ " CASE WHEN p.STATUS = 'AVAILABLE' THEN COALESCE(ps.SINCE, CAST(? AS DATE))"
			+ " WHEN p.RUN_ID IS NULL AND CAST(c.LAST_MODIFIED AS DATE) < CAST(? AS DATE)"
			+ " THEN CAST(c.LAST_MODIFIED AS DATE) ELSE CAST(? AS DATE) END,"
			+ " CASE WHEN p.STATUS = 'AVAILABLE' THEN COALESCE(ps.FROM_FILE, FALSE)"
			+ " WHEN p.RUN_ID IS NULL AND CAST(c.LAST_MODIFIED AS DATE) < CAST(? AS DATE) THEN TRUE ELSE FALSE END"
			+ " FROM LC_SLOT c LEFT JOIN LC_SLOT p ON p.RUN_ID = ? AND p.SYMBOL = c.SYMBOL AND p.LANG = c.LANG"
			+ " LEFT JOIN LC_SINCE ps ON ps.RUN_ID = p.RUN_ID AND ps.SLOT_SEQ = p.SLOT_SEQ"
			+ " WHERE c.RUN_ID = ? AND c.STATUS = 'AVAILABLE'";

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final RunRepository runs;

	private final long budget;

	private final ZoneId zone = ZoneId.systemDefault();

	/**
	 * On HSQLDB keeping at most a sixteenth of the heap's worth of the previous run's slots; on PostgreSQL none: it
	 * joins the runs by hashing them, and the rows never leave the server.
	 */
	@Autowired
	public AvailabilityRecorder(JdbcTemplate jdbc, RunRepository runs, @Value("${spring.datasource.url}") String url) {
		this(jdbc, runs, (DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.HSQLDB) ? SlotPlaces.budget() : 0);
	}

	/** Keeping at most {@code budget} of the previous run's slots (none: the statement records every run). */
	AvailabilityRecorder(JdbcTemplate jdbc, RunRepository runs, long budget) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.budget = budget;
	}

	/**
	 * Records the run's days, replacing any recorded before (a resumed run). A file's date is its day in the zone of
	 * this process, as LC_SLOT keeps it; the days of the runs too.
	 */
	public void record(long run) {
		RunRecord record = this.runs.find(run);
		LocalDate today = day(record.started());
		Long previous = this.runs.previousSuccessful(record.session(), run).orElse(null);
		// without a previous run no slot finds its previous self, and its day is not asked for
		LocalDate previousDay = (previous != null) ? day(this.runs.find(previous).started()) : today;
		Previous kept = (previous != null) ? keep(previous, previousDay) : new Previous();
		if (kept != null) {
			// everything read before anything is written: on HSQLDB, whose locks are a table's, a run recording its
			// days then holds LC_SINCE alone, and never waits for another table while it does (two sessions run at once
			// may otherwise wait for each other, and one of them is rolled back)
			Days days = days(run, kept, today);
			this.jdbc.update("DELETE FROM LC_SINCE WHERE RUN_ID = ?", run);
			insert(run, days);
		} else {
			this.jdbc.update("DELETE FROM LC_SINCE WHERE RUN_ID = ?", run);
			this.jdbc.update(RECORD, date(previousDay), date(today), date(today), date(today), previous, run);
		}
	}

	/**
	 * The previous run's slots with what the rule needs of each, or null when they are more than the budget or not one
	 * a symbol and language.
	 */
	Previous keep(long previous, LocalDate previousDay) {
		// its days first, in the order of the slots: they are fewer than its slots (only the AVAILABLE ones have one)
		Days days = new Days();
		this.jdbc.query("SELECT SLOT_SEQ, SINCE, FROM_FILE FROM LC_SINCE WHERE RUN_ID = ? ORDER BY SLOT_SEQ",
				(RowCallbackHandler) (rs) -> days.add(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3)),
				previous);
		Previous kept = new Previous();
		int[] next = {0};
		try {
			this.jdbc.query("SELECT SLOT_SEQ, SYMBOL, LANG, STATUS FROM LC_SLOT WHERE RUN_ID = ? ORDER BY SLOT_SEQ",
					(RowCallbackHandler) (rs) -> {
						if (kept.size() >= this.budget) {
							throw new SlotPlaces.NotKept();
						}
						int seq = rs.getInt(1);
						long day = Previous.NOT_AVAILABLE;
						if ("AVAILABLE".equals(rs.getString(4))) {
							while (next[0] < days.size && days.seqs[next[0]] < seq) {
								next[0]++;
							}
							boolean found = next[0] < days.size && days.seqs[next[0]] == seq;
							day = found ? days.days[next[0]] : Previous.day(previousDay, false);
						}
						if (!kept.add(rs.getString(2), rs.getString(3), day)) {
							throw new SlotPlaces.NotKept();
						}
					}, previous);
		} catch (SlotPlaces.NotKept ex) {
			return null;
		}
		return kept;
	}

	/** The run's AVAILABLE slots and their days, in the run's order. */
	private Days days(long run, Previous kept, LocalDate today) {
		Days days = new Days();
		this.jdbc.query(
				"SELECT SLOT_SEQ, SYMBOL, LANG, LAST_MODIFIED FROM LC_SLOT WHERE RUN_ID = ? AND STATUS = 'AVAILABLE'"
						+ " ORDER BY SLOT_SEQ",
				(RowCallbackHandler) (rs) -> {
					long before = kept.day(rs.getString(2), rs.getString(3));
					if (before != Previous.ABSENT && before != Previous.NOT_AVAILABLE) {
						// AVAILABLE in the previous run: its day carries on
						days.add(rs.getInt(1), before);
						return;
					}
					Timestamp modified = rs.getTimestamp(4);
					LocalDate fileDay = (modified != null) ? modified.toLocalDateTime().toLocalDate() : null;
					boolean standsIn = before == Previous.ABSENT && fileDay != null && fileDay.isBefore(today);
					days.add(rs.getInt(1), standsIn ? Previous.day(fileDay, true) : Previous.day(today, false));
				}, run);
		return days;
	}

	private void insert(long run, Days days) {
		for (int from = 0; from < days.size; from += BATCH) {
			int first = from;
			int count = Math.min(BATCH, days.size - from);
			this.jdbc.batchUpdate("INSERT INTO LC_SINCE (RUN_ID, SLOT_SEQ, SINCE, FROM_FILE) VALUES (?, ?, ?, ?)",
					new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement ps, int i) throws SQLException {
							long day = days.days[first + i];
							ps.setLong(1, run);
							ps.setInt(2, days.seqs[first + i]);
							ps.setDate(3, Date.valueOf(Previous.localDate(day)));
							ps.setBoolean(4, Previous.fromFile(day));
						}

						@Override
						public int getBatchSize() {
							return count;
						}

					});
		}
	}

	private static SqlParameterValue date(LocalDate day) {
		return new SqlParameterValue(Types.DATE, Date.valueOf(day));
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	/**
	 * The previous run's slots by language and symbol, each with its day as a number: the epoch day times two, plus one
	 * when the file's date stood in; or NOT_AVAILABLE when the slot was there but not AVAILABLE.
	 */
	static final class Previous {

		/** What {@link #day} gives for a slot the previous run did not have. */
		static final long ABSENT = Long.MIN_VALUE;

		/** What {@link #day} gives for a slot the previous run had, not AVAILABLE. */
		static final long NOT_AVAILABLE = Long.MIN_VALUE + 1;

		private final SlotPlaces places = new SlotPlaces();

		private long[] days = new long[1024];

		int size() {
			return this.places.size();
		}

		/** Whether the slot is the first of its symbol and language. */
		boolean add(String symbol, String language, long day) {
			int place = this.places.add(symbol, language);
			if (place < 0) {
				return false;
			}
			if (place == this.days.length) {
				this.days = Arrays.copyOf(this.days, place * 2);
			}
			this.days[place] = day;
			return true;
		}

		/** The slot's day, NOT_AVAILABLE when it was not AVAILABLE, or ABSENT when it was not there. */
		long day(String symbol, String language) {
			int place = this.places.indexOf(symbol, language);
			return (place >= 0) ? this.days[place] : ABSENT;
		}

		static long day(LocalDate day, boolean fromFile) {
			return day.toEpochDay() * 2 + (fromFile ? 1 : 0);
		}

		static LocalDate localDate(long day) {
			return LocalDate.ofEpochDay(Math.floorDiv(day, 2));
		}

		static boolean fromFile(long day) {
			return (day & 1) != 0;
		}

	}

	/** Slot numbers, each with a day as {@link Previous} numbers them, in the order they came. */
	private static final class Days {

		int[] seqs = new int[1024];

		long[] days = new long[1024];

		int size;

		void add(int seq, LocalDate day, boolean fromFile) {
			add(seq, Previous.day(day, fromFile));
		}

		void add(int seq, long day) {
			if (this.size == this.seqs.length) {
				this.seqs = Arrays.copyOf(this.seqs, this.size * 2);
				this.days = Arrays.copyOf(this.days, this.size * 2);
			}
			this.seqs[this.size] = seq;
			this.days[this.size] = day;
			this.size++;
		}

	}

}
