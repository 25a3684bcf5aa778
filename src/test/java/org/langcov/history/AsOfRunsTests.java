package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An as-of run leaves every table that holds rows of a run, and only its own rows: a table added later with a
 * {@code RUN_ID} must be added to {@link AsOfRuns#TABLES} too.
 */
@SpringBootTest
@ActiveProfiles("test")
class AsOfRunsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AsOfRuns asOfRuns;

	@Test
	void everyTableWithRowsOfARunIsCleared() {
		List<String> tables = this.jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS"
				+ " WHERE COLUMN_NAME = 'RUN_ID' AND TABLE_NAME LIKE 'LC!_%' ESCAPE '!'", String.class);

		assertThat(tables).isNotEmpty();
		assertThat(AsOfRuns.TABLES).containsExactlyInAnyOrderElementsOf(tables);
	}

	@Test
	void onlyTheRunsOwnRowsGo() {
		// given the as-of days of two runs
		this.jdbc.update("DELETE FROM LC_AS_OF WHERE RUN_ID IN (-41, -42)");
		this.jdbc.update(
				"INSERT INTO LC_AS_OF (RUN_ID, AS_OF) VALUES (-41, DATE '2014-02-01'), (-42, DATE '2014-02-02')");

		// when
		this.asOfRuns.forget(-42);

		// then
		assertThat(this.jdbc.queryForList("SELECT RUN_ID FROM LC_AS_OF WHERE RUN_ID IN (-41, -42)", Long.class))
				.containsExactly(-41L);
		this.jdbc.update("DELETE FROM LC_AS_OF WHERE RUN_ID = -41");
	}

}
