package org.langcov.history;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The planner's statistics of the tables a run writes, refreshed where the run's own rows make them stale. PostgreSQL
 * plans from statistics that autovacuum refreshes only after a while: a run just staged then reads as one row, and
 * PostgreSQL chose plans that scan the whole run for each row (the inspection reader's pages, the reports' joins). On
 * PostgreSQL this runs {@code ANALYZE} on those tables (it may run inside a transaction there); HSQLDB plans from its
 * indexes, and nothing is done.
 */
@Repository
public class PlannerStatistics {

	/** What a run writes, and what its inspection reader and reports join. */
	static final List<String> RUN_TABLES = List.of("LC_DOCUMENT", "LC_SLOT", "LC_DUE", "LC_NO_DUE", "LC_SINCE",
			"LC_NOTE", "LC_REJECTED");

	private final JdbcTemplate jdbc;

	private final boolean postgresql;

	public PlannerStatistics(JdbcTemplate jdbc, @Value("${spring.datasource.url}") String url) {
		this.jdbc = jdbc;
		this.postgresql = DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL;
	}

	/** Refreshes the statistics of the run's tables: after staging, and before the reports. */
	public void refresh() {
		if (this.postgresql) {
			this.jdbc.execute("ANALYZE " + String.join(", ", RUN_TABLES));
		}
	}

}
