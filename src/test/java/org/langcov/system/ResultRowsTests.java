package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** HSQLDB keeps a query's result in memory up to a number of rows sized to the heap, instead of 10,000. */
class ResultRowsTests {

	@TempDir
	Path dir;

	@Test
	void theRowsAreASixteenthOfTheHeapAtAKilobyteARowNeverFewerThanHsqldbsDefault() {
		assertThat(ResultRows.rows(6L << 30)).isEqualTo(393_216);
		assertThat(ResultRows.rows(1L << 30)).isEqualTo(65_536);
		assertThat(ResultRows.rows(256L << 20)).isEqualTo(16_384);
		assertThat(ResultRows.rows(128L << 20)).isEqualTo(10_000);
	}

	@Test
	void eachConnectionOfAnHsqldbPoolHoldsThatManyRows() {
		try (HikariDataSource pool = pool("jdbc:hsqldb:file:" + this.dir.resolve("db/langcov") + ";shutdown=true")) {
			assertThat(pool.getConnectionInitSql())
					.isEqualTo("SET SESSION RESULT MEMORY ROWS " + ResultRows.rows(Runtime.getRuntime().maxMemory()));
			assertThat(memoryRows(pool)).isEqualTo(ResultRows.rows(Runtime.getRuntime().maxMemory()));
		}
	}

	@Test
	void aUrlThatNamesTheNumberKeepsIt() {
		try (HikariDataSource pool = pool("jdbc:hsqldb:file:" + this.dir.resolve("db/langcov")
				+ ";hsqldb.result_max_memory_rows=2500;shutdown=true")) {
			assertThat(pool.getConnectionInitSql()).isNull();
			assertThat(memoryRows(pool)).isEqualTo(2_500);
		}
	}

	@Test
	void aPoolWithStatementsOfItsOwnAndPostgresqlAreLeftAlone() {
		HikariDataSource own = new HikariDataSource();
		own.setJdbcUrl("jdbc:hsqldb:mem:own");
		own.setConnectionInitSql("SET SESSION RESULT MEMORY ROWS 5");
		HikariDataSource postgresql = new HikariDataSource();
		postgresql.setJdbcUrl("jdbc:postgresql://localhost:5432/langcov");

		new ResultRows().postProcessBeforeInitialization(own, "dataSource");
		new ResultRows().postProcessBeforeInitialization(postgresql, "dataSource");

		assertThat(own.getConnectionInitSql()).isEqualTo("SET SESSION RESULT MEMORY ROWS 5");
		assertThat(postgresql.getConnectionInitSql()).isNull();
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername("SA");
		new ResultRows().postProcessBeforeInitialization(pool, "dataSource");
		return pool;
	}

	private static long memoryRows(HikariDataSource pool) {
		return Long.parseLong(new JdbcTemplate(pool).queryForObject(
				"SELECT VALUE FROM INFORMATION_SCHEMA.SYSTEM_SESSIONINFO WHERE KEY = 'RESULT MEMORY ROWS'",
				String.class));
	}

}
