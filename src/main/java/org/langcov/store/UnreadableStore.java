package org.langcov.store;

import java.io.IOException;
import java.util.Optional;

/**
 * A store this machine cannot read (a worker on which the run's folder is not mounted): every look-up fails with the
 * reason, so that each slot is UNREADABLE, never MISSING.
 */
public final class UnreadableStore implements Store {

	private final String reason;

	public UnreadableStore(String reason) {
		this.reason = reason;
	}

	@Override
	public Optional<String> outsideReason(String location) {
		return Optional.empty();
	}

	@Override
	public Lookup find(String location, Validators earlier) throws IOException {
		throw new IOException(this.reason);
	}

	@Override
	public String shown(String location, Lookup lookup) {
		return location;
	}

}
