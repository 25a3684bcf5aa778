package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovProcess;
import org.langcov.fixtures.Postgres;

/**
 * The database a user points langcov at with {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and {@code _PASSWORD}
 * (here as the system properties they stand for): PostgreSQL, created on first use and used as it is after that;
 * another HSQLDB file; and one that cannot be reached, said in one line.
 */
class SharedDatabaseFunctionalTests {

	private static final List<String> DATASOURCE = List.of("spring.datasource.url", "spring.datasource.username",
			"spring.datasource.password");

	@TempDir
	static Path home;

	static HomeProperty homeProperty;

	@BeforeAll
	static void installation() {
		homeProperty = HomeProperty.set(home);
	}

	@AfterAll
	static void restore() {
		homeProperty.restore();
	}

	@AfterEach
	void defaultDatabase() {
		DATASOURCE.forEach(System::clearProperty);
	}

	@Test
	void langcovCreatesItsTablesOnAnEmptyPostgresDatabaseOnceAndStartsAgainOnItWithoutAnError() throws Exception {
		// given an empty database
		Postgres.createDatabase("langcov_empty");
		String url = Postgres.url("langcov_empty");
		List<String> logBefore = Files.readAllLines(Postgres.log());
		database(url, Postgres.USER, "any");

		// when langcov starts on it, and again
		Console first = Console.run("history", "CND57");
		Console second = Console.run("history", "CND57");

		// then
		assertThat(first.status()).as(first.err()).isZero();
		assertThat(first.out()).isEqualTo("CND57: no runs recorded" + System.lineSeparator());
		assertThat(second.status()).as(second.err()).isZero();
		assertThat(second.out()).isEqualTo(first.out());
		assertThat(tables(url)).contains("batch_job_instance", "batch_step_execution", "lc_run", "lc_slot", "lc_file",
				"lc_web_file", "lc_since");
		List<String> logDuring = Files.readAllLines(Postgres.log());
		assertThat(logDuring.subList(logBefore.size(), logDuring.size())).noneMatch((line) -> line.contains("ERROR"));
	}

	@Test
	void theThreeEnvironmentVariablesAreAllAUserSets() throws Exception {
		Postgres.createDatabase("langcov_environment");

		Process process = LangcovProcess
				.start(home,
						Map.of("SPRING_DATASOURCE_URL", Postgres.url("langcov_environment"),
								"SPRING_DATASOURCE_USERNAME", Postgres.USER, "SPRING_DATASOURCE_PASSWORD", "any"),
						"history", "CND57");
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).isEqualTo("CND57: no runs recorded" + System.lineSeparator());
		assertThat(tables(Postgres.url("langcov_environment"))).contains("batch_job_instance", "lc_run");
	}

	@Test
	void anotherHsqldbFileWorksAsTheDefaultOne() {
		Path file = home.resolve("elsewhere/db/langcov");
		database("jdbc:hsqldb:file:" + file + ";shutdown=true", "SA", "");

		Console first = Console.run("history", "CND57");
		Console second = Console.run("history", "CND57");

		assertThat(first.status()).as(first.err()).isZero();
		assertThat(second.status()).as(second.err()).isZero();
		assertThat(second.out()).isEqualTo("CND57: no runs recorded" + System.lineSeparator());
		assertThat(home.resolve("elsewhere/db/langcov.script")).exists();
	}

	@Test
	void aDatabaseThatCannotBeReachedIsOneLineNamingItsUrlWithoutThePassword() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://127.0.0.1:" + closed + "/langcov";
		database(url + "?password=s3cret-in-url", "langcov", "s3cret-password");

		Console console = Console.run("history", "CND57");

		assertThat(console.status()).isEqualTo(1);
		assertThat(console.err().lines()).singleElement().asString()
				.startsWith("langcov: cannot open the database at " + url + "?password=***: ")
				.contains("Connection refused").doesNotContain("s3cret");
		assertThat(console.out()).isEmpty();
	}

	@Test
	void aWrongPasswordIsOneLineNamingTheUrlWithoutThePassword() {
		String url = Postgres.url(Postgres.TEST_DATABASE);
		database(url, Postgres.LOCKED_USER, "s3cret-but-wrong");

		Console console = Console.run("history", "CND57");

		assertThat(console.status()).isEqualTo(1);
		assertThat(console.err().lines()).singleElement().asString()
				.startsWith("langcov: cannot open the database at " + url + ": ")
				.contains("password authentication failed").doesNotContain("s3cret");
	}

	private static void database(String url, String username, String password) {
		Map.of(DATASOURCE.get(0), url, DATASOURCE.get(1), username, DATASOURCE.get(2), password)
				.forEach(System::setProperty);
	}

	private static List<String> tables(String url) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, Postgres.USER, "");
				ResultSet rows = connection.createStatement().executeQuery(
						"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

}
