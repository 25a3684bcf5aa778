package org.langcov.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Measures the reading of a run's changes ({@link RunChanges}) on a langcov HSQLDB database, its latest run against the
 * one before: with the previous run's slots kept in memory, and joined by the database (a budget of none), each
 * {@code passes} times, in alternation, printing the number of changes and the seconds of each (the first pass also
 * reads the rows from the data file into the database's cache). A benchmark, not a test (it sits in this package for
 * the package-private class it times). From the project root, over the database of {@code bench/run.sh 20000 own cold}
 * followed by an unchanged rerun, with the launcher's quick compiler alone:
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *   org.langcov.history.ChangesBenchmark target/bench/db-20000-own/langcov
 * </pre>
 */
public final class ChangesBenchmark {

	private static final int PASSES = Integer.getInteger("passes", 3);

	private ChangesBenchmark() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length != 1) {
			System.err
					.println("usage: ChangesBenchmark DATABASE (the path of an HSQLDB file database, without .script)");
			System.exit(2);
		}
		try (Connection connection = BenchmarkDatabase.open(args[0]);
				Statement statement = connection.createStatement()) {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			Long run = jdbc.queryForObject("SELECT MAX(RUN_ID) FROM LC_SLOT", Long.class);
			Long previous = jdbc.queryForObject("SELECT MAX(RUN_ID) FROM LC_SLOT WHERE RUN_ID < ?", Long.class, run);
			if (run == null || previous == null) {
				System.err.println(args[0] + ": fewer than two runs with slots");
				System.exit(1);
			}
			System.out.printf("run %d against run %d%n", run, previous);
			for (int pass = 0; pass < PASSES; pass++) {
				time("kept in memory", new RunChanges(jdbc), previous, run);
				time("joined by the database", new RunChanges(jdbc, 0), previous, run);
			}
			statement.execute("SHUTDOWN");
		}
	}

	private static void time(String way, RunChanges changes, long previous, long run) {
		long started = System.nanoTime();
		long[] count = {0};
		changes.changes(previous, run, (change) -> count[0]++);
		System.out.printf("  %-24s %d changes in %.3f s%n", way, count[0], (System.nanoTime() - started) / 1e9);
	}

}
