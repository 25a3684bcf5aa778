package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lengths that {@link Columns} names are the ones the schema declares, so that a value cut to fit its column does
 * fit it.
 */
@SpringBootTest
@ActiveProfiles("test")
class ColumnsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSchemaDeclaresTheLengthsTheValuesAreCutTo() {
		assertThat(length("LC_DOCUMENT", "TITLE")).isEqualTo(Columns.LONG_TEXT);
		assertThat(length("LC_WEB_FILE", "ETAG")).isEqualTo(Columns.ETAG);
		assertThat(length("LC_WEB_FILE", "LAST_MODIFIED")).isEqualTo(Columns.HTTP_DATE);
		List<String> text = List.of("LC_RUN.TITLE", "LC_DOCUMENT.SYMBOLS", "LC_DOCUMENT.AGENDA_ITEM",
				"LC_SLOT.LOCATION", "LC_SLOT.DETAIL", "LC_REJECTED.SYMBOL", "LC_REJECTED.REASON", "LC_NOTE.SYMBOL",
				"LC_NOTE.NOTE", "LC_FILE.PATH", "LC_FILE.CONTEXT", "LC_FILE.DETAIL", "LC_WEB_FILE.URL",
				"LC_WEB_FILE.CONTEXT", "LC_WEB_FILE.DETAIL");
		for (String column : text) {
			String[] parts = column.split("\\.");
			assertThat(length(parts[0], parts[1])).as(column).isEqualTo(Columns.TEXT);
		}
	}

	private int length(String table, String column) {
		return this.jdbc.queryForObject("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS"
				+ " WHERE TABLE_NAME = ? AND COLUMN_NAME = ?", Integer.class, table, column);
	}

}
