package org.langcov.job;

import org.langcov.store.HostPermits;
import org.langcov.store.StoreFactory;

/**
 * The store factory from the {@code langcov.web.*} properties (properties, so that tests can wait milliseconds where a
 * nightly run waits seconds), langcov's version and the permits that keep {@code connections-per-host}.
 */
final class WebProperties {

	private WebProperties() {
	}

	static StoreFactory storeFactory(int attempts, String retryDelay, String maxRetryWait, String version,
			HostPermits permits) {
		String userAgent = "langcov/" + version + " (language coverage checker; " + System.getProperty("java.vm.name")
				+ " " + Runtime.version().feature() + ")";
		return new StoreFactory(attempts, Quantities.duration(retryDelay), Quantities.duration(maxRetryWait), userAgent,
				permits);
	}

}
