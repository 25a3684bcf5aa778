package org.langcov.cli;

import org.langcov.system.DatabaseUrl;
import org.springframework.core.env.Environment;

/** What running beyond one machine asks of the settings. */
final class Remote {

	private Remote() {
	}

	/** The broker's address, or {@code null} when the run stays in one process. */
	static String broker(Environment environment) {
		String broker = environment.getProperty("langcov.broker.url");
		return (broker == null || broker.isBlank()) ? null : broker.trim();
	}

	/**
	 * Why the database cannot be shared with workers on other machines, or {@code null} when it can, or when there is
	 * no broker: workers read their partitions from the run's own job repository.
	 */
	static String unsharedDatabase(Environment environment) {
		String database = environment.getProperty("spring.datasource.url", "");
		if (broker(environment) == null || database.startsWith("jdbc:postgresql:")) {
			return null;
		}
		return "langcov.broker.url is set, but the run's database (" + DatabaseUrl.printable(database)
				+ ") is not one the workers can share: point SPRING_DATASOURCE_URL at PostgreSQL for the run and its"
				+ " workers, or unset LANGCOV_BROKER_URL to run in one process";
	}

}
