package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cache's upsert on HSQLDB, in its MVCC mode, where a transaction that inserts a key another one has inserted but
 * not yet committed waits for it and then fails on the duplicate key, as PostgreSQL does.
 */
class CacheRowsTests {

	private static final String INSERT = "INSERT INTO LC_FILE (PATH, CONTEXT, BYTES, MODIFIED_MILLIS, STATUS, DETAIL,"
			+ " PAGES, PDF_VERSION, DETECTED_LANG) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private JdbcTemplate jdbc;

	private DataSourceTransactionManager transactions;

	@BeforeEach
	void database() {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:mem:cache-rows-" + System.nanoTime());
		dataSource.setUser("SA");
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.execute("SET DATABASE TRANSACTION CONTROL MVCC");
		new ResourceDatabasePopulator(new ClassPathResource("db/hsqldb/schema.sql")).execute(dataSource);
		this.transactions = new DataSourceTransactionManager(dataSource);
	}

	@Test
	void aRowWrittenTwiceIsReplacedNotDuplicated() {
		upsert(row("AVAILABLE", 3));
		upsert(row("DAMAGED", null));

		assertThat(this.jdbc.queryForList("SELECT STATUS, PAGES FROM LC_FILE")).singleElement()
				.satisfies((row) -> assertThat(row).containsEntry("STATUS", "DAMAGED").containsEntry("PAGES", null));
	}

	@Test
	void theSameRowWrittenByTwoTransactionsAtOnceEndsAsTheLastOneWroteIt() throws Exception {
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction().executeWithoutResult((s) -> {
			upsert(row("AVAILABLE", 3));
			firstWrote.countDown();
			await(secondStarted);
			// the second is waiting on this row: let it wait a little before committing
			sleep();
		}));
		await(firstWrote);
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction().executeWithoutResult((s) -> {
			secondStarted.countDown();
			upsert(row("DAMAGED", null));
		}));

		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);
		assertThat(this.jdbc.queryForList("SELECT STATUS FROM LC_FILE", String.class)).containsExactly("DAMAGED");
	}

	@Test
	void aDuplicateKeyFromARowInsertedMeanwhileIsWrittenAgainAsAnUpdate() {
		// PostgreSQL's MERGE fails so when another transaction inserts the row between its look and its insert
		AtomicInteger tries = new AtomicInteger();
		JdbcTemplate racing = new JdbcTemplate(this.jdbc.getDataSource()) {

			@Override
			public <T> int[][] batchUpdate(String sql, Collection<T> rows, int size,
					ParameterizedPreparedStatementSetter<T> setter) {
				if (tries.incrementAndGet() == 1) {
					CacheRowsTests.this.jdbc.batchUpdate(INSERT, List.<Object[]>of(row("AVAILABLE", 3)), 1, setter());
					throw new DuplicateKeyException("unique constraint lc_file_pkey");
				}
				return super.batchUpdate(sql, rows, size, setter);
			}

		};

		transaction().executeWithoutResult((s) -> CacheRows.upsert(racing, CacheRows.savepoint(this.transactions),
				List.<Object[]>of(row("DAMAGED", null)), FileCache.MERGE, setter()));

		assertThat(tries).hasValue(2);
		assertThat(this.jdbc.queryForList("SELECT STATUS FROM LC_FILE", String.class)).containsExactly("DAMAGED");
	}

	@Test
	void aPlainInsertCollidesInTheSameRace() throws Exception {
		// what the upsert is tested against: the race above is real on this database
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction().executeWithoutResult((s) -> {
			this.jdbc.batchUpdate(INSERT, List.<Object[]>of(row("AVAILABLE", 3)), 1, setter());
			firstWrote.countDown();
			await(secondStarted);
			sleep();
		}));
		await(firstWrote);
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction().executeWithoutResult((s) -> {
			secondStarted.countDown();
			this.jdbc.update("DELETE FROM LC_FILE WHERE PATH = ? AND CONTEXT = ?", "/store/a.pdf", "r1|E|A/1");
			this.jdbc.batchUpdate(INSERT, List.<Object[]>of(row("DAMAGED", null)), 1, setter());
		}));

		first.get(30, TimeUnit.SECONDS);
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> second.get(30, TimeUnit.SECONDS))
				.withCauseInstanceOf(DuplicateKeyException.class);
	}

	private void upsert(Object[] row) {
		CacheRows.upsert(this.jdbc, CacheRows.savepoint(this.transactions), List.<Object[]>of(row), FileCache.MERGE,
				setter());
	}

	private TransactionTemplate transaction() {
		return new TransactionTemplate(this.transactions);
	}

	private static Object[] row(String status, Integer pages) {
		return new Object[]{"/store/a.pdf", "r1|E|A/1", 1000L, 1_700_000_000_000L, status, "", pages, "1.7", "E"};
	}

	private static ParameterizedPreparedStatementSetter<Object[]> setter() {
		return (ps, row) -> {
			for (int i = 0; i < row.length; i++) {
				ps.setObject(i + 1, row[i]);
			}
		};
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		} catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(300);
		} catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
