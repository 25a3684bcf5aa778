package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded database opened while the application starts, on a real HSQLDB file. */
class EarlyDatabaseTests {

	@TempDir
	Path dir;

	@Test
	void theDatabaseOpenedEarlyStaysOpenForTheConnectionsOpenedMeanwhile() throws Exception {
		String url = url();
		try (EarlyDatabase early = EarlyDatabase.open(environment(url, "SA", ""));
				Connection pool = DriverManager.getConnection(url, "SA", "")) {
			try (Statement statement = pool.createStatement()) {
				statement.execute("CREATE TABLE T (X INT)");
				statement.execute("INSERT INTO T VALUES (57)");
			}
			assertThat(early.opened()).isTrue();
			assertThat(sessions(pool)).isEqualTo(2);
			early.close();
			// closed now, or as soon as its thread has run the (empty) reading it still had
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sessions(pool) == 1);

			// the early connection's closing did not shut the database down under the pool's
			try (Statement statement = pool.createStatement();
					ResultSet rows = statement.executeQuery("SELECT X FROM T")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(57);
			}
		}
		// the last connection closed shuts it down, as without the early one: its lock file is gone
		assertThat(this.dir.resolve("db.lck")).doesNotExist();
		assertThat(this.dir.resolve("db.script")).exists();
	}

	@Test
	void aReadingOnTheEarlyConnectionKeepsItOpenUntilItEnds() throws Exception {
		// given a database with a row, and a reading of it that waits to be let go
		String url = url();
		try (Connection created = DriverManager.getConnection(url, "SA", "");
				Statement statement = created.createStatement()) {
			statement.execute("CREATE TABLE T (X INT)");
			statement.execute("INSERT INTO T VALUES (57)");
		}
		CountDownLatch letGo = new CountDownLatch(1);
		AtomicInteger read = new AtomicInteger();
		AtomicReference<String> thread = new AtomicReference<>();
		try (Connection pool = DriverManager.getConnection(url, "SA", "")) {
			EarlyDatabase early = EarlyDatabase.open(environment(url, "SA", ""), (connection) -> () -> {
				thread.set(Thread.currentThread().getName());
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT X FROM T")) {
					letGo.await();
					rows.next();
					read.set(rows.getInt(1));
				} catch (SQLException | InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			});

			// when the application has started while the reading goes on
			assertThat(early.opened()).isTrue();
			early.close();

			// then the early connection stays until the reading ends, and is closed after it
			assertThat(sessions(pool)).isEqualTo(2);
			letGo.countDown();
			awaitSessions(pool, 1);
			assertThat(read).hasValue(57);
			assertThat(thread).hasValue("langcov-database-opening");
		}
	}

	@Test
	void aReadingThatFailsIsOnlyLoggedAndItsConnectionClosed() throws Exception {
		String url = url();
		try (Connection pool = DriverManager.getConnection(url, "SA", "")) {
			EarlyDatabase early = EarlyDatabase.open(environment(url, "SA", ""), (connection) -> () -> {
				throw new IllegalStateException("no such table");
			});
			assertThat(early.opened()).isTrue();
			early.close();
			awaitSessions(pool, 1);
		}
		assertThat(this.dir.resolve("db.lck")).doesNotExist();
	}

	@Test
	void aReadingThatCannotStartLeavesTheDatabaseOpenedAndItsConnectionClosed() throws Exception {
		String url = url();
		try (Connection pool = DriverManager.getConnection(url, "SA", "")) {
			EarlyDatabase early = EarlyDatabase.open(environment(url, "SA", ""), (connection) -> {
				throw new IllegalStateException("no folder to read");
			});
			assertThat(early.opened()).isTrue();
			early.close();
			awaitSessions(pool, 1);
		}
		assertThat(this.dir.resolve("db.lck")).doesNotExist();
	}

	private static void awaitSessions(Connection connection, int expected) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (sessions(connection) != expected && System.nanoTime() < end) {
			Thread.sleep(10);
		}
		assertThat(sessions(connection)).isEqualTo(expected);
	}

	@Test
	void aDatabaseThatCannotBeOpenedIsLeftToThePoolToSayWhy() throws Exception {
		String url = url();
		try (Connection created = DriverManager.getConnection(url, "SA", "")) {
			created.createStatement().execute("CREATE USER OFFICER PASSWORD 'right'");
		}
		// a wrong password: the early opening fails, closing it says nothing
		EarlyDatabase early = EarlyDatabase.open(environment(url, "OFFICER", "wrong"));
		assertThat(early.opened()).isFalse();
		early.close();

		// the pool's own opening fails as it would have, and says why
		assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(url, "OFFICER", "wrong"))
				.withMessageContaining("invalid authorization");
		try (Connection owner = DriverManager.getConnection(url, "SA", "")) {
			owner.createStatement().execute("SHUTDOWN");
		}
	}

	@Test
	void aDatabaseInMemoryOrOnAServerIsNotOpenedEarly() throws InterruptedException {
		// one in memory would open at once if it were asked for
		EarlyDatabase early = EarlyDatabase.open(environment("jdbc:hsqldb:mem:early-tests", "SA", ""));
		assertThat(early.opened()).isFalse();
		early.close();
		assertThat(EarlyDatabase.open(environment("jdbc:hsqldb:hsql://localhost:1/langcov", "SA", "")).opened())
				.isFalse();
	}

	private static int sessions(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_SESSIONS")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private String url() {
		return "jdbc:hsqldb:file:" + this.dir.resolve("db") + ";hsqldb.write_delay=false;shutdown=true";
	}

	private static StandardEnvironment environment(String url, String user, String password) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url,
				"spring.datasource.username", user, "spring.datasource.password", password)));
		return environment;
	}

}
