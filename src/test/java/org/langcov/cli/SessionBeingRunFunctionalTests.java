package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.LangcovApplication;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.history.LockHolder;
import org.langcov.history.SessionLock;
import org.langcov.history.SessionLocks;
import org.langcov.vocabulary.Language;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code run} of a session that another run holds: one line naming the holder, and status 1, at once.
 */
class SessionBeingRunFunctionalTests {

	@TempDir
	static Path home;

	static HomeProperty homeProperty;

	static Path job;

	@BeforeAll
	static void installation() throws IOException {
		homeProperty = HomeProperty.set(home);
		Path store = Files.createDirectories(home.resolve("input/documents/cnd57"));
		for (Language language : Language.values()) {
			UnDocumentPdf.of(language, "E/CN.7/2014/1")
					.writeTo(store.resolve("E_CN.7_2014_1-" + language.iso() + ".pdf"));
		}
		Path registers = Files.createDirectories(home.resolve("input/registers"));
		Workbooks.workbook().row(1, "Symbol", "Title").row(2, "E/CN.7/2014/1", "Provisional agenda")
				.write(registers.resolve("cnd57.xlsx"));
		job = Files.createDirectories(home.resolve("jobs")).resolve("cnd57.yml");
		Files.writeString(job, """
				session: CND57
				register: ../input/registers/cnd57.xlsx
				documents: ../input/documents/cnd57
				output: ../output/cnd57
				""");
	}

	@AfterAll
	static void restore() {
		homeProperty.restore();
	}

	@Test
	void aSecondRunOfASessionBeingRunSaysWhoRunsItSinceWhenAndExitsOne() throws Exception {
		try (ConfigurableApplicationContext holding = new SpringApplication(LangcovApplication.class).run()) {
			SessionLocks locks = holding.getBean(SessionLocks.class);
			Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			try (SessionLock held = locks.take("CND57")) {
				LockHolder holder = locks.holder("CND57").orElseThrow();
				assertThat(holder.since()).isBetween(before, Instant.now());

				Instant asked = Instant.now();
				Console second = Console.run("run", job.toString());

				assertThat(Duration.between(asked, Instant.now())).as("refused at once, not waited for")
						.isLessThan(Duration.ofSeconds(30));
				assertThat(second.status()).isEqualTo(1);
				assertThat(second.out()).isEmpty();
				assertThat(second.err())
						.isEqualTo("CND57 is being run by process " + ProcessHandle.current().pid() + " on host "
								+ InetAddress.getLocalHost().getHostName() + " since " + DateTimeFormatter
										.ofPattern("HH:mm").format(holder.since().atZone(ZoneId.systemDefault()))
								+ System.lineSeparator());
				JdbcTemplate jdbc = holding.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LC_RUN", Integer.class)).as("runs").isZero();
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isZero();
				assertThat(home.resolve("output/cnd57")).doesNotExist();
			}

			// once let go, the session runs
			Console third = Console.run("run", job.toString());
			assertThat(third.status()).as(third.err()).isZero();
			assertThat(third.out()).startsWith("CND57: coverage A 100%");
		}
	}

}
