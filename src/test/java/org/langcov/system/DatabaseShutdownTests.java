package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded database closed by the run's own thread, before the pool's, on a real HSQLDB file and pool. */
class DatabaseShutdownTests {

	@TempDir
	Path dir;

	@Test
	void anEmbeddedFileIsClosedAtOnceAndThePoolClosesAfterWithoutOpeningItAgain() throws SQLException {
		String url = "jdbc:hsqldb:file:" + this.dir.resolve("db") + ";hsqldb.write_delay=false;shutdown=true";
		try (HikariDataSource pool = pool(url)) {
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE CACHED TABLE T (X INT)");
				statement.execute("INSERT INTO T VALUES (57)");
			}
			assertThat(this.dir.resolve("db.lck")).exists();

			assertThat(DatabaseShutdown.closeHere(environment(url), pool)).isTrue();

			// closed, its rows written back: no lock and no log to replay
			assertThat(this.dir.resolve("db.lck")).doesNotExist();
			assertThat(this.dir.resolve("db.log")).doesNotExist();
		}
		// the pool's closing did not open it again
		assertThat(this.dir.resolve("db.lck")).doesNotExist();
		assertTheRowIsKept(url);
	}

	@Test
	void theSleepInTheLocksReleaseIsCutShortAndTheThreadLeftUninterrupted() throws SQLException {
		String url = "jdbc:hsqldb:file:" + this.dir.resolve("db") + ";hsqldb.write_delay=false;shutdown=true";
		try (Connection connection = DriverManager.getConnection(url, "SA", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE CACHED TABLE T (X INT)");
			statement.execute("INSERT INTO T VALUES (57)");

			// found, so still there in this HSQLDB: when not, the run waits the 100 ms again
			assertThat(DatabaseShutdown.shutdown(statement)).isTrue();
		}
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
		assertThat(this.dir.resolve("db.lck")).doesNotExist();
		assertTheRowIsKept(url);
	}

	@Test
	void onlyTheSleepOfHsqldbsLockReleaseIsInterrupted() {
		assertThat(DatabaseShutdown.ReleaseWait.sleepsInLockRelease(new StackTraceElement[]{
				frame("java.lang.Thread", "sleep0"), frame("java.lang.Thread", "sleep"),
				frame("org.hsqldb.persist.LockFile", "tryRelease"), frame("org.hsqldb.persist.Logger", "releaseLock")}))
				.isTrue();
		assertThat(DatabaseShutdown.ReleaseWait.sleepsInLockRelease(new StackTraceElement[]{
				frame("java.lang.Thread", "sleep"), frame("org.hsqldb.persist.LockFile", "pollHeartbeat"),
				frame("org.hsqldb.persist.LockFile", "tryRelease")})).isFalse();
		assertThat(DatabaseShutdown.ReleaseWait.sleepsInLockRelease(new StackTraceElement[]{
				frame("java.lang.Object", "wait"), frame("org.hsqldb.persist.LockFile", "tryRelease")})).isFalse();
		assertThat(DatabaseShutdown.ReleaseWait.sleepsInLockRelease(new StackTraceElement[0])).isFalse();
	}

	@Test
	void anInterruptionFromElsewhereIsKept() {
		DatabaseShutdown.ReleaseWait wait = new DatabaseShutdown.ReleaseWait(Thread.currentThread());
		Thread.currentThread().interrupt();
		wait.close();
		assertThat(wait.cutShort()).isFalse();
		assertThat(Thread.interrupted()).isTrue();
	}

	/** The database opens again with the row the test wrote. */
	private static void assertTheRowIsKept(String url) throws SQLException {
		try (Connection again = DriverManager.getConnection(url, "SA", "");
				ResultSet rows = again.createStatement().executeQuery("SELECT X FROM T")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(57);
		}
	}

	private static StackTraceElement frame(String type, String method) {
		return new StackTraceElement(type, method, null, -1);
	}

	@Test
	void aDatabaseAnotherApplicationOfTheJvmIsConnectedToIsLeftOpen() throws SQLException {
		String url = "jdbc:hsqldb:file:" + this.dir.resolve("db") + ";hsqldb.write_delay=false;shutdown=true";
		try (HikariDataSource other = pool(url);
				Connection held = other.getConnection();
				HikariDataSource pool = pool(url)) {
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE T (X INT)");
			}

			assertThat(DatabaseShutdown.closeHere(environment(url), pool)).isFalse();

			try (ResultSet rows = held.createStatement().executeQuery("SELECT COUNT(*) FROM T")) {
				assertThat(rows.next()).isTrue();
			}
		}
		assertThat(this.dir.resolve("db.lck")).doesNotExist();
	}

	@Test
	void aDatabaseInMemoryOrOnAServerIsLeftOpen() throws SQLException {
		String url = "jdbc:hsqldb:mem:shutdown-tests";
		try (HikariDataSource pool = pool(url)) {
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE T (X INT)");
			}

			assertThat(DatabaseShutdown.closeHere(environment(url), pool)).isFalse();

			try (Connection connection = pool.getConnection();
					ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM T")) {
				assertThat(rows.next()).isTrue();
			}
		}
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername("SA");
		pool.setPassword("");
		pool.setMaximumPoolSize(4);
		// one connection, made when asked for: the count of the database's sessions is the pool's at once
		pool.setMinimumIdle(1);
		return pool;
	}

	private static StandardEnvironment environment(String url) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
		return environment;
	}

}
