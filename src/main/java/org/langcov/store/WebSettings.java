package org.langcov.store;

import java.time.Duration;

/**
 * How a web store is read.
 *
 * @param connectTimeout
 *            longest wait for a connection
 * @param readTimeout
 *            longest wait for an answer, and for each part of a file while it is downloaded
 * @param maxFileSize
 *            largest file downloaded, in bytes
 * @param connectionsPerHost
 *            requests at once to one host, across all inspecting threads (and processes, as the {@link HostPermits}
 *            count them)
 * @param attempts
 *            tries of one file when the server does not answer, answers 5xx or 429
 * @param retryDelay
 *            wait before the second try, doubled before each next one, unless the server says how long with
 *            {@code Retry-After}
 * @param maxRetryWait
 *            longest wait honoured; a server asking for more gets no further try
 * @param userAgent
 *            the {@code User-Agent} header
 */
public record WebSettings(Duration connectTimeout, Duration readTimeout, long maxFileSize, int connectionsPerHost,
		int attempts, Duration retryDelay, Duration maxRetryWait, String userAgent) {

}
