package org.langcov.job;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations ({@code 30s}, {@code 2m}) and sizes ({@code 200MB}) of job files.
 */
final class Quantities {

	private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]*)");

	private Quantities() {
	}

	/**
	 * A duration such as {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}; a bare number is seconds.
	 * 
	 * @throws IllegalArgumentException
	 *             when it cannot be read
	 */
	static Duration duration(String text) {
		Matcher matcher = match(text, "a duration such as 30s, 2m or 500ms");
		double amount = Double.parseDouble(matcher.group(1));
		double millis = switch (matcher.group(2)) {
			case "ms" -> amount;
			case "", "s", "sec", "secs", "second", "seconds" -> amount * 1_000;
			case "m", "min", "mins", "minute", "minutes" -> amount * 60_000;
			case "h", "hour", "hours" -> amount * 3_600_000;
			default -> throw new IllegalArgumentException(
					"unknown unit '" + matcher.group(2) + "': use ms, s, m or h, as in 30s");
		};
		if (millis <= 0) {
			throw new IllegalArgumentException("must be longer than zero");
		}
		return Duration.ofMillis(Math.round(millis));
	}

	/**
	 * A size such as {@code 200MB}, {@code 1.5GB}, {@code 512kB}; a bare number is bytes. Units are powers of 1,024, as
	 * file managers show them.
	 * 
	 * @throws IllegalArgumentException
	 *             when it cannot be read
	 */
	static long size(String text) {
		Matcher matcher = match(text, "a size such as 200MB");
		double amount = Double.parseDouble(matcher.group(1));
		double factor = switch (matcher.group(2)) {
			case "", "b", "bytes" -> 1;
			case "k", "kb", "kib" -> 1L << 10;
			case "m", "mb", "mib" -> 1L << 20;
			case "g", "gb", "gib" -> 1L << 30;
			default -> throw new IllegalArgumentException(
					"unknown unit '" + matcher.group(2) + "': use B, kB, MB or GB, as in 200MB");
		};
		long bytes = Math.round(amount * factor);
		if (bytes <= 0) {
			throw new IllegalArgumentException("must be larger than zero");
		}
		return bytes;
	}

	private static Matcher match(String text, String expected) {
		Matcher matcher = AMOUNT.matcher(text.trim().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not " + expected);
		}
		return matcher;
	}

}
