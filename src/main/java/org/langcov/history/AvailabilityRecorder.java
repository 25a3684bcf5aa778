package org.langcov.history;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.langcov.vocabulary.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Records, once a run's slots are inspected, since when each AVAILABLE slot has been available
 * ({@link AvailableSince}), from the previous successful run's record: one pass over the run's slots, each looking up
 * its previous self by index, as the Changes sheet does.
 */
@Repository
public class AvailabilityRecorder {

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final RunRepository runs;

	private final ZoneId zone = ZoneId.systemDefault();

	public AvailabilityRecorder(JdbcTemplate jdbc, RunRepository runs) {
		this.jdbc = jdbc;
		this.runs = runs;
	}

	/** Records the run's days, replacing any recorded before (a resumed run). */
	public void record(long run) {
		RunRecord record = this.runs.find(run);
		LocalDate today = day(record.started());
		Long previous = this.runs.previousSuccessful(record.session(), run).orElse(null);
		LocalDate previousDay = (previous != null) ? day(this.runs.find(previous).started()) : null;
		this.jdbc.update("DELETE FROM LC_SINCE WHERE RUN_ID = ?", run);
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.query("SELECT c.SLOT_SEQ, c.LAST_MODIFIED, p.STATUS, ps.SINCE, ps.FROM_FILE FROM LC_SLOT c"
				+ " LEFT JOIN LC_SLOT p ON p.RUN_ID = ? AND p.SYMBOL = c.SYMBOL AND p.LANG = c.LANG"
				+ " LEFT JOIN LC_SINCE ps ON ps.RUN_ID = p.RUN_ID AND ps.SLOT_SEQ = p.SLOT_SEQ"
				+ " WHERE c.RUN_ID = ? AND c.STATUS = 'AVAILABLE'", (ResultSet rs) -> {
					Timestamp modified = rs.getTimestamp(2);
					Status before = (rs.getString(3) != null) ? Status.valueOf(rs.getString(3)) : null;
					LocalDate recorded = rs.getObject(4, LocalDate.class);
					AvailableSince since = AvailableSince.next(Status.AVAILABLE, before,
							(recorded != null) ? new AvailableSince(recorded, rs.getBoolean(5)) : null, previousDay,
							today, (modified != null) ? day(modified.toInstant()) : null);
					rows.add(new Object[]{run, rs.getInt(1), since.day(), since.fromFile()});
					if (rows.size() >= BATCH) {
						insert(rows);
					}
				}, (previous != null) ? previous : -1L, run);
		insert(rows);
	}

	private void insert(List<Object[]> rows) {
		this.jdbc.batchUpdate("INSERT INTO LC_SINCE (RUN_ID, SLOT_SEQ, SINCE, FROM_FILE) VALUES (?, ?, ?, ?)", rows);
		rows.clear();
	}

	private LocalDate day(java.time.Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

}
