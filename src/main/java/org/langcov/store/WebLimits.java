package org.langcov.store;

import java.time.Duration;

/**
 * What a job says of how a web store is read.
 *
 * @param connectTimeout
 *            longest wait for a connection
 * @param readTimeout
 *            longest wait for an answer, and for each part of a file
 * @param maxFileSize
 *            largest file downloaded, in bytes
 * @param connectionsPerHost
 *            requests at once to one host
 */
public record WebLimits(Duration connectTimeout, Duration readTimeout, long maxFileSize, int connectionsPerHost) {

}
