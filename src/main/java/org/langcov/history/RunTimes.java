package org.langcov.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Run times in the database: instants in {@code LC_RUN_STATE}, and for a run from before that table, the wall-clock
 * time of {@code LC_RUN}, read in this machine's zone as before.
 */
final class RunTimes {

	private RunTimes() {
	}

	/** The value to store in a {@code TIMESTAMP WITH TIME ZONE} column. */
	static OffsetDateTime instant(Instant time) {
		return (time != null) ? OffsetDateTime.ofInstant(time, ZoneOffset.UTC) : null;
	}

	/**
	 * The instant in the column {@code instant}, or else the wall-clock time in the column {@code wallClock}, or
	 * {@code null} when both are empty.
	 */
	static Instant read(ResultSet rs, int instant, int wallClock) throws SQLException {
		OffsetDateTime at = rs.getObject(instant, OffsetDateTime.class);
		if (at != null) {
			return at.toInstant();
		}
		Timestamp old = rs.getTimestamp(wallClock);
		return (old != null) ? old.toInstant() : null;
	}

}
