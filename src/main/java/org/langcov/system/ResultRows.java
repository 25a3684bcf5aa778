package org.langcov.system;

import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.stereotype.Component;

/**
 * Sizes, for each of this process's connections to an HSQLDB database, how many rows of a query's result the database
 * holds in memory before it writes the rest to a table on disk: a sixteenth of the heap at a kilobyte a row, never
 * fewer than {@value #MIN_ROWS}.
 * <p>
 * HSQLDB builds a query's whole result before the first row is read. Past that number the result is written to disk as
 * it is built, and read back: with {@value #MIN_ROWS} rows, langcov's setting before, every pass over a 20,000-document
 * run's 117,500 slots cost three to nine times as much (their numbers alone in 0.59 s against 0.068 s, the reports'
 * slots 1.5 s against 0.53 s), and an unchanged rerun makes about ten such passes. A URL that names
 * {@code hsqldb.result_max_memory_rows} keeps its own number, and a pool given its own {@code connection-init-sql} is
 * left alone; PostgreSQL streams its results and has no such setting.
 */
@Component
class ResultRows implements BeanPostProcessor {

	/** HSQLDB's own default, and langcov's setting before: a heap of 156 MiB or less gets it. */
	static final long MIN_ROWS = 10_000;

	/**
	 * What a result row may take in memory, with room: a slot with its document's title and the day it has been
	 * available since.
	 */
	static final long ROW_BYTES = 1024;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && applies(pool.getJdbcUrl())
				&& pool.getConnectionInitSql() == null) {
			pool.setConnectionInitSql(statement(Runtime.getRuntime().maxMemory()));
		}
		return bean;
	}

	/** Whether the URL is HSQLDB's and leaves the number to langcov. */
	static boolean applies(String url) {
		return url != null && DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.HSQLDB
				&& !url.toLowerCase(Locale.ROOT).contains("result_max_memory_rows");
	}

	/** The statement each connection runs first, for a heap of {@code maxHeap} bytes. */
	static String statement(long maxHeap) {
		return "SET SESSION RESULT MEMORY ROWS " + rows(maxHeap);
	}

	static long rows(long maxHeap) {
		return Math.max(MIN_ROWS, Math.min(Integer.MAX_VALUE, maxHeap / 16 / ROW_BYTES));
	}

}
