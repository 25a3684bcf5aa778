package org.langcov.check;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.regex.Pattern;

/**
 * Turns an exception into a reason a person can read: one line, without Java class names or stack frames, short enough
 * for a report cell.
 */
final class Reasons {

	/** A qualified exception class name, with the colon that follows it. */
	private static final Pattern CLASS_NAME = Pattern
			.compile("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*)?");

	private static final int MAX_LENGTH = 300;

	private Reasons() {
	}

	/** The reason an I/O operation on the file itself failed. */
	static String io(Exception ex) {
		if (ex instanceof FileSystemException fse) {
			// getMessage() repeats the path, which the report already shows as the location
			if (fse.getReason() != null) {
				return oneLine(fse.getReason());
			}
			return (ex instanceof AccessDeniedException) ? "permission denied" : "I/O error";
		}
		return of(ex, "I/O error");
	}

	/**
	 * Why the parser gave up. Its own exceptions explain the file; the others (null pointers, bad casts, indexes) are
	 * its bugs tripped by a broken file, and their messages speak of Java classes, not of the file.
	 */
	static String parser(Exception ex) {
		if (ex instanceof IOException || ex instanceof IllegalArgumentException
				|| ex instanceof IllegalStateException) {
			return of(ex, "no reason given");
		}
		return "its structure is broken in a way the parser cannot handle";
	}

	/**
	 * The message of {@code error}, cleaned to one line, or {@code fallback} when it has none.
	 */
	static String of(Throwable error, String fallback) {
		String message = (error.getMessage() != null) ? oneLine(error.getMessage()) : "";
		return message.isEmpty() ? fallback : message;
	}

	static String oneLine(String message) {
		String line = CLASS_NAME.matcher(message).replaceAll("").replaceAll("\\s+", " ").strip();
		return (line.length() > MAX_LENGTH) ? line.substring(0, MAX_LENGTH - 3) + "..." : line;
	}

}
