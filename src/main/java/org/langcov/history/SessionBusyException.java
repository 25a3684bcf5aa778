package org.langcov.history;

import java.util.Optional;

/**
 * The session is being run by another process (or thread), so this one must not touch it.
 */
public class SessionBusyException extends Exception {

	private final String session;

	private final transient LockHolder holder;

	SessionBusyException(String session, LockHolder holder) {
		super(session + " is being run by another process");
		this.session = session;
		this.holder = holder;
	}

	public String session() {
		return this.session;
	}

	/** Who holds it, unless it let go or had not written its row yet when asked. */
	public Optional<LockHolder> holder() {
		return Optional.ofNullable(this.holder);
	}

}
