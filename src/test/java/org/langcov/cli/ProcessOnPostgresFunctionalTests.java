package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.langcov.fixtures.LangcovProcess;
import org.langcov.fixtures.Postgres;

/**
 * {@link ProcessFunctionalTests} again with the children on PostgreSQL ({@link Postgres}, an empty database of each
 * test's own), pointed at it by the three environment variables a user sets: the killed run's session lock is an
 * advisory lock, which the server lets go when the process's connection dies. And what only a database shared by
 * processes shows: a second process of a session being run is refused at once, and two processes of different sessions
 * run side by side.
 */
class ProcessOnPostgresFunctionalTests extends ProcessFunctionalTests {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private String url;

	@BeforeEach
	void emptyDatabase() {
		String name = "langcov_process_" + DATABASES.incrementAndGet();
		Postgres.createDatabase(name);
		this.url = Postgres.url(name);
	}

	@Override
	Map<String, String> database() {
		return Map.of("SPRING_DATASOURCE_URL", this.url, "SPRING_DATASOURCE_USERNAME", Postgres.USER,
				"SPRING_DATASOURCE_PASSWORD", "any");
	}

	@Override
	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, Postgres.USER, "");
	}

	@Override
	void letGo(Statement statement) {
		// a server: nothing to let go
	}

	@Override
	@Test
	@Disabled("PostgreSQL admits any number of processes: see twoProcessesRunTwoSessionsSideBySide")
	void aSecondProcessFindsTheDatabaseInUseAndSaysSoInOneLine() {
	}

	@Test
	void aSecondProcessOfASessionBeingRunSaysWhoRunsItSinceWhenAndExitsOneAtOnce() throws Exception {
		// given a process running a session, slowed by a commit at every slot and one inspecting thread, and long
		// enough to be still running when the other has started (a second JVM takes some seconds to start here, and a
		// session of 120 documents was over by then once the inspection got faster); another installation on the same
		// database
		Path job = session(this.home, "BUSY", DOCUMENTS * 4);
		Process first = start(this.home, List.of("langcov.chunk-size=1", "langcov.parallelism=1",
				"langcov.progress.interval=1ms", "langcov.progress=always"), "run", job.toString());
		try (BufferedReader lines = lines(first)) {
			assertThat(awaitProgress(lines, "BUSY", 1)).as("the first run is inspecting").isPositive();
			Holder holder = holder("BUSY");
			assertThat(holder.pid()).isEqualTo(first.pid());

			// when the other runs the same session
			Instant asked = Instant.now();
			Process second = LangcovProcess.start(this.home.resolve("other"), List.of(), database(), false, "run",
					job.toString());
			assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();

			// then it says who runs it since when, in one line, at once, and leaves the run alone
			assertThat(Duration.between(asked, Instant.now())).as("refused at once, not waited for")
					.isLessThan(Duration.ofSeconds(30));
			String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(first.isAlive()).as("the first run was still running when the second was refused").isTrue();
			assertThat(second.exitValue()).as(out + err).isEqualTo(1);
			assertThat(out).isEmpty();
			assertThat(err).isEqualTo("BUSY is being run by process " + first.pid() + " on host "
					+ InetAddress.getLocalHost().getHostName() + " since "
					+ DateTimeFormatter.ofPattern("HH:mm").format(holder.since()) + System.lineSeparator());
			assertThat(holder("BUSY")).as("the lock is still the first run's").isEqualTo(holder);
			assertThat(runs()).as("no run of the second").isEqualTo(1);
		} finally {
			first.destroyForcibly().waitFor();
		}
	}

	@Test
	void twoProcessesRunTwoSessionsSideBySide() throws Exception {
		// given two installations, each with a session of its own, on one database
		Path one = session(this.home.resolve("one"), "CND57", 20);
		Path two = session(this.home.resolve("two"), "CND58", 20);

		// when both run at once
		Process first = start(this.home.resolve("one"), SLOW, "run", one.toString());
		Process second = start(this.home.resolve("two"), SLOW, "run", two.toString());
		String firstOut = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String secondOut = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		// then both complete
		assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(first.exitValue()).as(firstOut).isZero();
		assertThat(second.exitValue()).as(secondOut).isZero();
		assertThat(firstOut).contains("CND57: coverage A 100% C 100% E 100% F 100% R 100% S 100% overall 100%");
		assertThat(secondOut).contains("CND58: coverage A 100% C 100% E 100% F 100% R 100% S 100% overall 100%");
		assertThat(holders()).as("both let go").isEmpty();
		assertThat(runs()).isEqualTo(2);
	}

	/** The row of the session's lock. */
	private Holder holder(String session) throws SQLException {
		try (Connection connection = connect();
				ResultSet rs = connection.createStatement().executeQuery(
						"SELECT HOLDER_PID, HOST, SINCE FROM LC_LOCK WHERE SESSION_ID = '" + session + "'")) {
			assertThat(rs.next()).as("a lock row of " + session).isTrue();
			return new Holder(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime());
		}
	}

	/** The sessions of the lock rows. */
	private List<String> holders() throws SQLException {
		try (Connection connection = connect();
				ResultSet rs = connection.createStatement().executeQuery("SELECT SESSION_ID FROM LC_LOCK")) {
			List<String> sessions = new ArrayList<>();
			while (rs.next()) {
				sessions.add(rs.getString(1));
			}
			return sessions;
		}
	}

	/** The runs recorded. */
	private long runs() throws SQLException {
		try (Connection connection = connect();
				ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM LC_RUN")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private record Holder(long pid, String host, LocalDateTime since) {

	}

}
