package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LangcovSchemaTests {

	@Test
	void everyTableAndIndexThePostgresqlScriptCreatesIsLookedForAtStartUp() throws IOException {
		String script = Files.readString(Path.of("src/main/resources/db/postgresql/schema.sql"));
		long created = Pattern.compile("IF NOT EXISTS").matcher(script).results().count();

		assertThat(DatabaseSchema.LangcovSchema.created("db/postgresql/schema.sql")).hasSize((int) created)
				.contains("lc_slot", "lc_lock", "lc_file");
	}

}
