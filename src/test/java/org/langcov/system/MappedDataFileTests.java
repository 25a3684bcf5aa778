package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database's data file stays mapped past HSQLDB's 256 MB, on real HSQLDB files: one made that large by extending it
 * (the space after its rows is free space to HSQLDB), the process's own list of mappings saying whether it is mapped.
 */
class MappedDataFileTests {

	private static final Path MAPS = Path.of("/proc/self/maps");

	@TempDir
	Path dir;

	@Test
	void aDataFileLargerThanHsqldbsDefaultIsMappedOnceTheLimitIsSet() throws Exception {
		assumeTrue(Files.isReadable(MAPS), "needs /proc/self/maps (Linux) to see which files are mapped");
		Path mapped = largeDatabase("mapped", true);
		Path unmapped = largeDatabase("unmapped", false);

		assertThat(readOnce(mapped)).isTrue();
		// without the limit, HSQLDB reads that file a row at a time: which the test would otherwise not tell apart
		assertThat(readOnce(unmapped)).isFalse();
	}

	@Test
	void theLimitIsSetOnceAndKept() throws SQLException {
		String url = url(this.dir.resolve("db"));
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			assertThat(MappedDataFile.map(connection, MappedDataFile.MEGABYTES)).as("first").isTrue();
			assertThat(MappedDataFile.map(connection, MappedDataFile.MEGABYTES)).as("again").isFalse();
			shutdown(connection);
		}
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			assertThat(MappedDataFile.limit(connection)).isEqualTo(String.valueOf(MappedDataFile.MEGABYTES));
			assertThat(MappedDataFile.map(connection, MappedDataFile.MEGABYTES)).as("opened again").isFalse();
			shutdown(connection);
		}
	}

	@Test
	void aDatabaseOpenedReadOnlyIsUsedAsItIs() throws SQLException {
		Path base = this.dir.resolve("db");
		try (Connection connection = DriverManager.getConnection(url(base), "SA", "")) {
			shutdown(connection);
		}
		String readOnly = url(base) + ";readonly=true";
		try (Connection connection = DriverManager.getConnection(readOnly, "SA", "")) {
			SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);

			new MappedDataFile(new JdbcTemplate(single)).afterSingletonsInstantiated();

			assertThat(MappedDataFile.limit(connection)).isEqualTo("256");
		}
	}

	/**
	 * A database with one row, its data file then extended past 256 MB; with the limit set or not. Its name, without
	 * the files' endings.
	 */
	private Path largeDatabase(String name, boolean limitSet) throws SQLException, IOException {
		Path base = this.dir.resolve(name);
		try (Connection connection = DriverManager.getConnection(url(base), "SA", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE CACHED TABLE T (X INT PRIMARY KEY)");
			statement.execute("INSERT INTO T VALUES (57)");
			if (limitSet) {
				MappedDataFile.map(connection, MappedDataFile.MEGABYTES);
			}
			shutdown(connection);
		}
		try (RandomAccessFile file = new RandomAccessFile(data(base).toFile(), "rw")) {
			file.setLength(300L << 20);
		}
		return base;
	}

	/** Whether the data file is mapped once the database is opened again and its row read. */
	private static boolean readOnce(Path base) throws SQLException, IOException {
		try (Connection connection = DriverManager.getConnection(url(base), "SA", "");
				Statement statement = connection.createStatement()) {
			try (var rs = statement.executeQuery("SELECT X FROM T")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getInt(1)).isEqualTo(57);
			}
			boolean mapped = Files.readAllLines(MAPS).stream().anyMatch((line) -> line.endsWith(" " + data(base)));
			shutdown(connection);
			return mapped;
		}
	}

	private static void shutdown(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
	}

	private static Path data(Path base) {
		return Path.of(base + ".data");
	}

	private static String url(Path base) {
		return "jdbc:hsqldb:file:" + base + ";hsqldb.default_table_type=cached;hsqldb.write_delay=false";
	}

}
