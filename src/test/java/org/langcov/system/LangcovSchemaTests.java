package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.jdbc.core.JdbcTemplate;

class LangcovSchemaTests {

	@Test
	void everyTableAndIndexThePostgresqlScriptCreatesIsLookedForAtStartUp() throws IOException {
		String script = Files.readString(Path.of("src/main/resources/db/postgresql/schema.sql"));
		long created = Pattern.compile("IF NOT EXISTS").matcher(script).results().count();

		assertThat(DatabaseSchema.LangcovSchema.created("db/postgresql/schema.sql")).hasSize((int) created)
				.contains("lc_slot", "lc_lock", "lc_file");
	}

	@Test
	void everyTableAndIndexTheHsqldbScriptCreatesIsLookedForAtStartUp() throws IOException {
		String script = Files.readString(Path.of("src/main/resources/db/hsqldb/schema.sql"));
		long created = Pattern.compile("IF NOT EXISTS").matcher(script).results().count();

		assertThat(DatabaseSchema.LangcovSchema.created("db/hsqldb/schema.sql")).hasSize((int) created)
				.contains("lc_slot", "lc_slot_symbol", "lc_database", "lc_file");
	}

	@Test
	void onHsqldbTheScriptRunsOnlyWhenSomethingItCreatesIsMissing() {
		// given
		JDBCDataSource hsqldb = new JDBCDataSource();
		hsqldb.setUrl("jdbc:hsqldb:mem:langcov-schema-" + System.nanoTime());
		hsqldb.setUser("SA");
		JdbcTemplate jdbc = new JdbcTemplate(hsqldb);

		// when, then: created on an empty database, left alone on a complete one
		assertThat(schema(hsqldb).initializeDatabase()).isTrue();
		assertThat(schema(hsqldb).initializeDatabase()).isFalse();

		// an index and a table gone (a database of an older langcov) are created again, the rows kept
		jdbc.update("INSERT INTO LC_NOTE (RUN_ID, ROW_NUM, NOTE_SEQ, SYMBOL, NOTE) VALUES (1, 1, 1, 'A/1', 'kept')");
		jdbc.execute("DROP INDEX LC_SLOT_SYMBOL");
		jdbc.execute("DROP TABLE LC_FIGURES");
		assertThat(schema(hsqldb).initializeDatabase()).isTrue();
		assertThat(jdbc.queryForList(
				"SELECT INDEX_NAME FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO" + " WHERE INDEX_NAME = 'LC_SLOT_SYMBOL'",
				String.class)).isNotEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LC_FIGURES", Integer.class)).isZero();
		assertThat(jdbc.queryForList("SELECT NOTE FROM LC_NOTE", String.class)).containsExactly("kept");
		assertThat(schema(hsqldb).initializeDatabase()).isFalse();
	}

	private static DatabaseSchema.LangcovSchema schema(JDBCDataSource dataSource) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(List.of("classpath:db/hsqldb/schema.sql"));
		settings.setMode(DatabaseInitializationMode.ALWAYS);
		return new DatabaseSchema.LangcovSchema(dataSource, settings, "db/hsqldb/schema.sql", false);
	}

}
