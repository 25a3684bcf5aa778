package org.langcov.history;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A session held by this process for one run, until closed: in a {@code finally}, or when the application shuts down.
 */
public final class SessionLock implements AutoCloseable {

	private final String session;

	private final Runnable release;

	private final AtomicBoolean held = new AtomicBoolean(true);

	SessionLock(String session, Runnable release) {
		this.session = session;
		this.release = release;
	}

	public String session() {
		return this.session;
	}

	/** Lets the session go; once, however often it is called. */
	@Override
	public void close() {
		if (this.held.compareAndSet(true, false)) {
			this.release.run();
		}
	}

}
