package org.langcov.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Measures the recording of a run's days available since ({@link AvailabilityRecorder}) on a langcov HSQLDB database,
 * for its latest run: with the previous run's slots kept in memory, and by the one statement that joins the runs (a
 * budget of none), each {@code passes} times, in alternation, printing the number of days and the seconds of each (the
 * run's days deleted before each, not timed; the first pass also reads the rows from the data file into the database's
 * cache; {@code -Dway=kept} or {@code -Dway=joined} with {@code -Dpasses=1} times one way in a JVM of its own, as a run
 * meets it). The latest run's days are recorded again as they were: what the benchmark leaves is what it found. A
 * benchmark, not a test (it sits in this package for the package-private constructor it uses). From the project root,
 * over the database of {@code bench/run.sh 20000 own cold} followed by an unchanged rerun, with the launcher's quick
 * compiler alone:
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *   org.langcov.history.AvailabilityBenchmark target/bench/db-20000-own/langcov
 * </pre>
 */
public final class AvailabilityBenchmark {

	private static final int PASSES = Integer.getInteger("passes", 3);

	/** {@code kept}, {@code joined} or, by default, both in alternation. */
	private static final String WAY = System.getProperty("way", "both");

	private AvailabilityBenchmark() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length != 1) {
			System.err.println(
					"usage: AvailabilityBenchmark DATABASE (the path of an HSQLDB file database, without .script)");
			System.exit(2);
		}
		try (Connection connection = BenchmarkDatabase.open(args[0]);
				Statement statement = connection.createStatement()) {
			SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
			JdbcTemplate jdbc = new JdbcTemplate(single);
			RunRepository runs = new RunRepository(jdbc, new DataSourceTransactionManager(single), "jdbc:hsqldb:");
			Long run = jdbc.queryForObject("SELECT MAX(RUN_ID) FROM LC_SINCE", Long.class);
			if (run == null) {
				System.err.println(args[0] + ": no run with days available since");
				System.exit(1);
			}
			System.out.printf("run %d%n", run);
			connection.setAutoCommit(false);
			for (int pass = 0; pass < PASSES; pass++) {
				if (!WAY.equals("joined")) {
					time("kept in memory", new AvailabilityRecorder(jdbc, runs, "jdbc:hsqldb:"), jdbc, connection, run);
				}
				if (!WAY.equals("kept")) {
					time("joined by the database", new AvailabilityRecorder(jdbc, runs, 0), jdbc, connection, run);
				}
			}
			connection.setAutoCommit(true);
			statement.execute("SHUTDOWN");
		}
	}

	private static void time(String way, AvailabilityRecorder recorder, JdbcTemplate jdbc, Connection connection,
			long run) throws SQLException {
		jdbc.update("DELETE FROM LC_SINCE WHERE RUN_ID = ?", run);
		connection.commit();
		long started = System.nanoTime();
		recorder.record(run);
		connection.commit();
		double seconds = (System.nanoTime() - started) / 1e9;
		Integer days = jdbc.queryForObject("SELECT COUNT(*) FROM LC_SINCE WHERE RUN_ID = ?", Integer.class, run);
		System.out.printf("  %-24s %d days in %.3f s%n", way, days, seconds);
	}

}
