package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * On PostgreSQL a run refreshes the planner's statistics of the tables it writes, so that a run just staged does not
 * read as one row: {@code ANALYZE} (see {@link org.langcov.fixtures.OnPostgres}) (which sets {@code last_analyze};
 * autovacuum sets {@code last_autoanalyze}).
 */
@LangcovFunctionalTest
@ActiveProfiles({"test", "postgres"}) // as OnPostgres's, which LangcovFunctionalTest's own would hide here
class PlannerStatisticsOnPostgresFunctionalTests {

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRunAnalyzesTheTablesItWrites() throws IOException {
		// given: 600 documents, 3,600 slots
		StringBuilder csv = new StringBuilder("Symbol,Title\n");
		for (int i = 1; i <= 600; i++) {
			csv.append("E/CN.9/2014/").append(i).append(",Report ").append(i).append('\n');
		}
		Files.writeString(this.dir.resolve("register.csv"), csv);
		Files.createDirectories(this.dir.resolve("store"));
		Path jobFile = Files.writeString(this.dir.resolve("stats.yml"), """
				session: STATS
				register: register.csv
				documents: store
				output: out
				""");
		Timestamp before = this.jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", Timestamp.class);

		// when
		RunOutcome outcome = this.runner.run(new JobFileReader().read(jobFile), false);

		// then
		assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		for (String table : new String[]{"lc_slot", "lc_document", "lc_since"}) {
			Timestamp analyzed = this.jdbc.queryForObject(
					"SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?", Timestamp.class, table);
			assertThat(analyzed).as(table).isNotNull().isAfterOrEqualTo(before);
		}
		long slots = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM LC_SLOT s JOIN LC_RUN r ON r.RUN_ID = s.RUN_ID" + " WHERE r.SESSION_ID = 'STATS'",
				Long.class);
		assertThat(slots).isEqualTo(3_600);
		Float estimated = this.jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE relname = 'lc_slot'",
				Float.class);
		assertThat(estimated).as("the planner's count of lc_slot's rows").isGreaterThanOrEqualTo(slots);
	}

}
