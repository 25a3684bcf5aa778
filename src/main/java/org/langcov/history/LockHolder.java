package org.langcov.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Who runs a session, as its row in {@code LC_LOCK} says.
 *
 * @param session
 *            the session id
 * @param pid
 *            the holder's process id
 * @param host
 *            the machine the holder runs on
 * @param since
 *            when it took the session
 */
public record LockHolder(String session, long pid, String host, Instant since) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * {@code CND57 is being run by process 12345 on host h since 02:30}, with the day too when it is not today.
	 */
	public String describe(ZoneId zone, LocalDate today) {
		ZonedDateTime at = this.since.atZone(zone);
		String when = at.toLocalDate().equals(today) ? TIME.format(at) : DAY_AND_TIME.format(at);
		return this.session + " is being run by process " + this.pid + " on host " + this.host + " since " + when;
	}

}
