package org.langcov.store;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javax.net.ssl.SSLException;

/**
 * Tries a request again when the server gives no answer, or a 5xx or 429, after a growing wait or the wait the server
 * asks for in {@code Retry-After}; then gives up with the reason.
 * <p>
 * Once a file could not be reached at all after every attempt, the server is taken to be down and the next files get
 * one attempt each, without waits, so that a server down for the whole run costs minutes, not hours. Any answer from it
 * lifts that.
 */
final class Retries {

	private final WebSettings settings;

	private volatile boolean down;

	Retries(WebSettings settings) {
		this.settings = settings;
	}

	Lookup run(URI uri, Attempt attempt) throws IOException {
		String reason = null;
		for (int tries = 1;; tries++) {
			Duration wait = this.settings.retryDelay().multipliedBy(1L << Math.min(tries - 1, 16));
			boolean unreachable = false;
			try {
				Lookup lookup = attempt.run();
				this.down = false;
				return lookup;
			} catch (Busy busy) {
				this.down = false;
				reason = "the server answered HTTP " + busy.status;
				Duration asked = retryAfter(busy.retryAfter);
				if (asked != null && asked.compareTo(this.settings.maxRetryWait()) > 0) {
					throw new StoreException(
							reason + " and asks to wait " + WebFetcher.seconds(asked) + ", longer than langcov waits");
				}
				wait = (asked != null) ? asked : wait;
			} catch (SSLException ex) {
				throw new StoreException("TLS failed: " + ex.getMessage()
						+ " (is the server's certificate in the trust store? see javax.net.ssl.trustStore)");
			} catch (StoreException ex) {
				this.down = false;
				throw ex;
			} catch (IOException ex) {
				if (!WebFetcher.retryable(ex)) {
					throw new StoreException(WebFetcher.noAnswer(ex));
				}
				unreachable = WebFetcher.unreachable(ex);
				reason = unreachable
						? WebFetcher.UNREACHABLE + ": " + WebFetcher.noAnswer(ex)
						: WebFetcher.noAnswer(ex);
			} catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new StoreException("interrupted while reading " + uri);
			}
			if (tries >= this.settings.attempts() || (unreachable && this.down)) {
				if (unreachable) {
					this.down = true;
				}
				throw new StoreException(reason + " (" + tries + ((tries == 1) ? " attempt)" : " attempts)"));
			}
			sleep(wait);
		}
	}

	/**
	 * {@code Retry-After} in seconds or as an HTTP date; {@code null} when absent or unreadable.
	 */
	static Duration retryAfter(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
		} catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration until = Duration.between(Instant.now(), at);
				return until.isNegative() ? Duration.ZERO : until;
			} catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	private static void sleep(Duration wait) throws StoreException {
		try {
			Thread.sleep(wait.toMillis());
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StoreException("interrupted while waiting to try again");
		}
	}

	/** One try of a request. */
	@FunctionalInterface
	interface Attempt {

		Lookup run() throws IOException, InterruptedException;

	}

	/** The server answered, but asks to be asked again later: 5xx or 429. */
	static final class Busy extends IOException {

		private static final long serialVersionUID = 1L;

		private final int status;

		private final String retryAfter;

		Busy(int status, String retryAfter) {
			super("HTTP " + status);
			this.status = status;
			this.retryAfter = retryAfter;
		}

	}

}
