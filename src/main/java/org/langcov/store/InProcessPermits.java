package org.langcov.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The permits of hosts in this process: a fair semaphore per host, so that threads waiting for a host get it in turn. A
 * host read with two limits at once (two job files that differ) has a semaphore per limit: each run keeps to its own,
 * as it did when each store counted for itself.
 */
final class InProcessPermits implements HostPermits {

	private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

	@Override
	public Permit take(String host, int limit) throws InterruptedException {
		Semaphore semaphore = this.hosts.computeIfAbsent(limit + " " + host,
				(key) -> new Semaphore(Math.max(1, limit), true));
		semaphore.acquire();
		AtomicBoolean released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				semaphore.release();
			}
		};
	}

}
