package org.langcov.history;

import java.sql.Date;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Repository;

/**
 * Records, once a run's slots are inspected, since when each AVAILABLE slot has been available, from the previous
 * successful run's record: one statement, in which each of the run's AVAILABLE slots looks up its previous self by
 * index, as the Changes sheet does, and the database writes the rows without a round trip a row.
 * <p>
 * The rule, carried from one successful run of a session to the next: a slot that stays AVAILABLE keeps its day (a run
 * from before langcov recorded these days gives its own day), one that breaks and comes back starts again on the day of
 * the run. When langcov has no earlier record of the slot (the first run, or a document new to the register), it cannot
 * know how long the file has been there: the file's own date stands in when it is earlier than the run, so that a
 * session langcov starts watching late still gets a fair verdict, and it keeps standing in on later runs (FROM_FILE).
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

	private final JdbcTemplate jdbc;

	private final RunRepository runs;

	private final ZoneId zone = ZoneId.systemDefault();

	public AvailabilityRecorder(JdbcTemplate jdbc, RunRepository runs) {
		this.jdbc = jdbc;
		this.runs = runs;
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
		this.jdbc.update("DELETE FROM LC_SINCE WHERE RUN_ID = ?", run);
		this.jdbc.update(RECORD, date(previousDay), date(today), date(today), date(today),
				(previous != null) ? previous : -1L, run);
	}

	private static SqlParameterValue date(LocalDate day) {
		return new SqlParameterValue(Types.DATE, Date.valueOf(day));
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

}
