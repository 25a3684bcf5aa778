package org.langcov.store;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What a web server said to identify a version of a file: its {@code ETag} and {@code Last-Modified} headers, as sent,
 * so that they can be sent back in a conditional request.
 *
 * @param etag
 *            the {@code ETag}, or {@code null}
 * @param lastModified
 *            the {@code Last-Modified} header, or {@code null}
 */
public record Validators(String etag, String lastModified) {

	/** Nothing known: the request is not conditional. */
	public static final Validators NONE = new Validators(null, null);

	public boolean isEmpty() {
		return this.etag == null && this.lastModified == null;
	}

	/**
	 * {@code Last-Modified} as a time, or {@code null} when absent or unreadable.
	 */
	public Instant lastModifiedTime() {
		if (this.lastModified == null) {
			return null;
		}
		try {
			return ZonedDateTime.parse(this.lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		} catch (DateTimeParseException ex) {
			return null;
		}
	}

}
