package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.langcov.fixtures.Postgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PostgreSQL database of the version before the due rules (without LC_NO_DUE and LC_OPENS) gets them at the next
 * start, and keeps what it had.
 */
class TimelinessTablesUpgradeOnPostgresTests {

	@Test
	void aDatabaseWithoutTheDueRulesTablesGetsThemAtTheNextStart() {
		// given a database as the previous version left it, with a run's due date
		String database = "langcov_due_upgrade";
		Postgres.createDatabase(database);
		String url = Postgres.url(database);
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, Postgres.USER, "");
		DatabaseSchema schema = new DatabaseSchema();
		schema.langcovSchema(dataSource, url).initializeDatabase();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("DROP TABLE LC_NO_DUE");
		jdbc.execute("DROP TABLE LC_OPENS");
		jdbc.update("INSERT INTO LC_DUE (RUN_ID, DOC_SEQ, DUE_DATE) VALUES (1, 0, DATE '2014-01-30')");

		// when langcov starts again
		boolean ran = schema.langcovSchema(dataSource, url).initializeDatabase();

		// then
		assertThat(ran).isTrue();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM LC_NO_DUE", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM LC_OPENS", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM LC_DUE", Integer.class)).isOne();
	}

}
