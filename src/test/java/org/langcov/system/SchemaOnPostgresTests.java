package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.langcov.fixtures.Postgres;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class SchemaOnPostgresTests {

	private static final int PROCESSES = 6;

	@Test
	void processesThatStartTogetherOnAnEmptyDatabaseCreateTheTablesOnce() throws Exception {
		// given an empty database and six starts, each with a connection of its own, as six processes have
		String database = "langcov_schema_race";
		Postgres.createDatabase(database);
		String url = Postgres.url(database);
		DatabaseSchema schema = new DatabaseSchema();
		CyclicBarrier together = new CyclicBarrier(PROCESSES);
		ExecutorService starts = Executors.newFixedThreadPool(PROCESSES);

		// when all of them create the tables at the same moment
		List<Future<boolean[]>> created = new ArrayList<>();
		try {
			for (int i = 0; i < PROCESSES; i++) {
				DriverManagerDataSource dataSource = new DriverManagerDataSource(url, Postgres.USER, "");
				DataSourceScriptDatabaseInitializer langcov = schema.langcovSchema(dataSource, url);
				DataSourceScriptDatabaseInitializer batch = schema.batchSchema(dataSource, url);
				created.add(starts.submit(() -> {
					together.await();
					boolean ranLangcov = langcov.initializeDatabase();
					return new boolean[]{ranLangcov, batch.initializeDatabase()};
				}));
			}

			// then none fails, each script ran once (not always in the same start: one start may create langcov's
			// tables while another, between the two, creates Spring Batch's), and the tables are all there
			int langcovCreators = 0;
			int batchCreators = 0;
			for (Future<boolean[]> start : created) {
				boolean[] ran = start.get(60, TimeUnit.SECONDS);
				langcovCreators += ran[0] ? 1 : 0;
				batchCreators += ran[1] ? 1 : 0;
			}
			assertThat(langcovCreators).as("starts that ran langcov's script").isEqualTo(1);
			assertThat(batchCreators).as("starts that ran Spring Batch's script").isEqualTo(1);
		} finally {
			starts.shutdownNow();
		}
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, Postgres.USER, ""));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM LC_SLOT", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'", Integer.class))
				.as("the lock let go").isZero();
	}

}
