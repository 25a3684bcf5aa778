package org.langcov.cli;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.langcov.fixtures.Postgres;

/**
 * {@link InterruptionFunctionalTests} with the children on PostgreSQL ({@link Postgres}, an empty database of each
 * test's own): the stopped run's session lock is an advisory lock, which the server lets go with the process's
 * connection, and its lock row names a process that is gone.
 */
class InterruptionOnPostgresFunctionalTests extends InterruptionFunctionalTests {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private String url;

	@BeforeEach
	void emptyDatabase() {
		String name = "langcov_interruption_" + DATABASES.incrementAndGet();
		Postgres.createDatabase(name);
		this.url = Postgres.url(name);
	}

	@Override
	Map<String, String> database() {
		return Map.of("SPRING_DATASOURCE_URL", this.url, "SPRING_DATASOURCE_USERNAME", Postgres.USER,
				"SPRING_DATASOURCE_PASSWORD", "any");
	}

}
