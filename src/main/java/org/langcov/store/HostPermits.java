package org.langcov.store;

import java.io.IOException;

/**
 * Who may send a request to a host now: at most {@code connections-per-host} requests at once to one host, counted
 * wherever langcov reads it from. In one process a semaphore per host counts them ({@link #inProcess()}); processes
 * that share a PostgreSQL database count them together in it, so that a run and its workers on several machines ask a
 * site no more than a single process would.
 */
public interface HostPermits {

	/**
	 * Takes one of {@code limit} permits of a host, waiting until one is free.
	 *
	 * @param host
	 *            {@code scheme://authority}, as in {@code https://example.org:8443}
	 * @param limit
	 *            permits of the host, at least one
	 * @return the permit, to be closed when the request is over
	 * @throws IOException
	 *             when the permits cannot be counted (their database is out of reach)
	 * @throws InterruptedException
	 *             when the thread is interrupted while it waits
	 */
	Permit take(String host, int limit) throws IOException, InterruptedException;

	/** The permits of this process only: enough when no other process reads the same sites for the same database. */
	static HostPermits inProcess() {
		return new InProcessPermits();
	}

	/** One permit taken; closing it gives it back, once. */
	interface Permit extends AutoCloseable {

		@Override
		void close();

	}

}
