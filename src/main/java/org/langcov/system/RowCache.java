package org.langcov.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sizes the database's row cache to the heap, for the next time the database is opened.
 * <p>
 * HSQLDB keeps rows of its cached tables in a cache of 10 MB by default; a large register's reports read more rows than
 * that holds, over and over, from the data file (an unchanged rerun of 20,000 documents spent three quarters of its
 * report time so). The cache is set once the database is open and takes effect when it is next opened, so each run
 * sizes it for the runs after it: one sixteenth of the heap, never below HSQLDB's default (a run in a 128 MB heap keeps
 * it) nor above 256 MB. The first run after the heap is lowered still opens the database with the cache its predecessor
 * set. Only HSQLDB has such a cache: on another database (PostgreSQL, which sizes its own) this does nothing.
 */
@Component
class RowCache implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(RowCache.class);

	/** HSQLDB's default size, in kilobytes of row data. */
	static final long MIN_KB = 10_000;

	static final long MAX_KB = 256L << 10;

	/** Rows a kilobyte, as in HSQLDB's defaults: 50,000 rows for 10,000 kB. */
	private static final long ROWS_PER_KB = 5;

	private final JdbcTemplate jdbc;

	RowCache(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (isHsqldb()) {
			size(Runtime.getRuntime().maxMemory());
		}
	}

	private boolean isHsqldb() {
		String url = this.jdbc.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getURL());
		return DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.HSQLDB;
	}

	/**
	 * Sets the cache for a heap of {@code maxHeap} bytes, if it is not so already.
	 */
	void size(long maxHeap) {
		long kilobytes = kilobytes(maxHeap);
		List<String> current = this.jdbc.queryForList(
				"SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES"
						+ " WHERE PROPERTY_NAME IN ('hsqldb.cache_size', 'hsqldb.cache_rows') ORDER BY PROPERTY_NAME",
				String.class);
		if (current.equals(List.of(String.valueOf(kilobytes * ROWS_PER_KB), String.valueOf(kilobytes)))) {
			return;
		}
		this.jdbc.execute("SET FILES CACHE SIZE " + kilobytes);
		this.jdbc.execute("SET FILES CACHE ROWS " + (kilobytes * ROWS_PER_KB));
		logger.info("Database row cache set to {} kB from the next run on (it was {})", kilobytes, current);
	}

	static long kilobytes(long maxHeap) {
		return Math.max(MIN_KB, Math.min(MAX_KB, maxHeap / 16 / 1024));
	}

}
