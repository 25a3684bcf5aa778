package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.langcov.register.Rejection;
import org.langcov.report.Change;
import org.langcov.report.DocumentLine;
import org.langcov.report.LanguageSummary;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.report.SlotLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports' reads on PostgreSQL: a template with a fetch size, and every read in a transaction, since the driver
 * streams only with autocommit off; on HSQLDB the template the rest of langcov uses, and no statistics to refresh.
 */
class ReportReadsTests {

	private JdbcTemplate jdbc;

	private DataSourceTransactionManager transactions;

	@BeforeEach
	void database() {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:mem:report-reads-" + System.nanoTime());
		dataSource.setUser("SA");
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new DataSourceTransactionManager(dataSource);
	}

	@Test
	void onPostgresqlTheReportsReadWithAFetchSize() {
		RunRepository runs = new RunRepository(this.jdbc, this.transactions, "jdbc:postgresql://localhost/langcov");

		assertThat(runs.reportReads().getFetchSize()).isEqualTo(RunRepository.REPORT_FETCH_SIZE).isPositive();
		assertThat(runs.reportReads()).isNotSameAs(this.jdbc);
		assertThat(this.jdbc.getFetchSize()).as("the shared template").isNotEqualTo(RunRepository.REPORT_FETCH_SIZE);
	}

	@Test
	void onHsqldbTheReportsReadAsBefore() {
		RunRepository runs = new RunRepository(this.jdbc, this.transactions,
				"jdbc:hsqldb:file:target/db/langcov;shutdown=true");

		assertThat(runs.reportReads()).isSameAs(this.jdbc);
	}

	@Test
	void everyReadRunsInATransactionOnAThreadWithoutOne() throws InterruptedException {
		List<String> inTransaction = new ArrayList<>();
		ReportSource reads = new ReadsInTransaction(new Recording(inTransaction),
				new TransactionTemplate(this.transactions));

		// as the workbook's thread does, which has none of the step's
		Thread thread = new Thread(() -> {
			reads.summary();
			reads.documents((line) -> {
			});
			reads.slots((line) -> {
			});
			reads.changes((change) -> {
			});
			reads.rejections((rejection) -> {
			});
			reads.registerNotes((note) -> {
			});
			reads.timeliness((line) -> {
			});
			reads.asOf();
			reads.onTime();
		});
		thread.start();
		thread.join();

		assertThat(inTransaction).containsExactly("summary true", "documents true", "slots true", "changes true",
				"rejections true", "registerNotes true", "timeliness true", "asOf true", "onTime true");
	}

	@Test
	void onHsqldbStatisticsAreLeftAlone() {
		// ANALYZE is no HSQLDB statement: run, it would fail
		PlannerStatistics statistics = new PlannerStatistics(this.jdbc, "jdbc:hsqldb:mem:langcov");

		assertThatNoException().isThrownBy(statistics::refresh);
	}

	/** Says for each read whether it ran in a transaction. */
	private record Recording(List<String> calls) implements ReportSource {

		private void record(String read) {
			this.calls.add(read + " " + TransactionSynchronizationManager.isActualTransactionActive());
		}

		@Override
		public RunInfo run() {
			return null;
		}

		@Override
		public List<LanguageSummary> summary() {
			record("summary");
			return List.of();
		}

		@Override
		public void documents(Consumer<DocumentLine> action) {
			record("documents");
		}

		@Override
		public void slots(Consumer<SlotLine> action) {
			record("slots");
		}

		@Override
		public void changes(Consumer<Change> action) {
			record("changes");
		}

		@Override
		public void rejections(Consumer<Rejection> action) {
			record("rejections");
		}

		@Override
		public void registerNotes(Consumer<org.langcov.register.RegisterNote> action) {
			record("registerNotes");
		}

		@Override
		public java.util.Optional<java.time.LocalDate> asOf() {
			record("asOf");
			return java.util.Optional.empty();
		}

		@Override
		public void timeliness(Consumer<org.langcov.report.TimelinessLine> action) {
			record("timeliness");
		}

		@Override
		public List<org.langcov.timeliness.OnTime> onTime() {
			record("onTime");
			return List.of();
		}

	}

}
