package org.langcov.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Opens the store of a run: a folder, or a web site read within the job's limits and with the installation's retry
 * settings and {@code User-Agent}, the web stores counting their requests to a host together.
 */
public final class StoreFactory {

	private final int attempts;

	private final Duration retryDelay;

	private final Duration maxRetryWait;

	private final String userAgent;

	private final HostPermits permits;

	/**
	 * @param attempts
	 *            tries of one web file (at least one)
	 * @param retryDelay
	 *            wait before the second try, doubled before each next one
	 * @param maxRetryWait
	 *            longest wait a server may ask for
	 * @param userAgent
	 *            the {@code User-Agent} of web requests
	 */
	public StoreFactory(int attempts, Duration retryDelay, Duration maxRetryWait, String userAgent) {
		this(attempts, retryDelay, maxRetryWait, userAgent, HostPermits.inProcess());
	}

	/**
	 * @param permits
	 *            who may send a request to a host now, shared by every store this factory opens
	 */
	public StoreFactory(int attempts, Duration retryDelay, Duration maxRetryWait, String userAgent,
			HostPermits permits) {
		this.attempts = Math.max(1, attempts);
		this.retryDelay = retryDelay;
		this.maxRetryWait = maxRetryWait;
		this.userAgent = userAgent;
		this.permits = permits;
	}

	/**
	 * @param documents
	 *            a folder's absolute path, or a web store's base URL
	 */
	public Store open(String documents, WebLimits limits) {
		if (!Store.isWeb(documents)) {
			return new FolderStore(Path.of(documents));
		}
		return new WebStore(documents,
				new WebSettings(limits.connectTimeout(), limits.readTimeout(), limits.maxFileSize(),
						limits.connectionsPerHost(), this.attempts, this.retryDelay, this.maxRetryWait, this.userAgent),
				this.permits);
	}

}
