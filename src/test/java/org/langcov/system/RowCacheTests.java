package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's row cache follows the heap: HSQLDB's default in a small heap, a sixteenth of a larger one, 256 MB at
 * most; set when the application starts.
 */
@LangcovFunctionalTest
class RowCacheTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RowCache cache;

	@Test
	void theCacheIsSizedToTheHeap() {
		assertThat(RowCache.kilobytes(128L << 20)).isEqualTo(10_000);
		assertThat(RowCache.kilobytes(1L << 30)).isEqualTo(65_536);
		assertThat(RowCache.kilobytes(6L << 30)).isEqualTo(256L << 10);
	}

	@Test
	void theApplicationSetsItForItsHeapAndAgainWhenTheHeapChanges() {
		assertThat(property("hsqldb.cache_size"))
				.isEqualTo(String.valueOf(RowCache.kilobytes(Runtime.getRuntime().maxMemory())));

		this.cache.size(1L << 30);

		assertThat(property("hsqldb.cache_size")).isEqualTo("65536");
		assertThat(property("hsqldb.cache_rows")).isEqualTo("327680");
		this.cache.size(Runtime.getRuntime().maxMemory());
	}

	private String property(String name) {
		return this.jdbc.queryForObject(
				"SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES WHERE PROPERTY_NAME = ?", String.class,
				name);
	}

}
