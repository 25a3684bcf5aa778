package org.langcov.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The time of a run as every report and {@code history} show it, with its zone, so that a run made with another
 * {@code TZ} reads as what it is: {@code 2014-03-10 01:30:00 UTC}.
 */
public final class RunTime {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

	private RunTime() {
	}

	public static String format(Instant time, ZoneId zone) {
		return FORMAT.format(time.atZone(zone));
	}

	/** {@link #format(Instant, ZoneId)} as a formatter of instants in the zone. */
	public static DateTimeFormatter formatter(ZoneId zone) {
		return FORMAT.withZone(zone);
	}

	/** The zone's short name at that time ({@code EST}, {@code CET}, {@code UTC}). */
	public static String zoneName(Instant time, ZoneId zone) {
		return DateTimeFormatter.ofPattern("z", Locale.ROOT).format(time.atZone(zone));
	}

}
