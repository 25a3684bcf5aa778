package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.CountingDataSource;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.history.RunRepository;
import org.langcov.store.Placeholders;
import org.langcov.vocabulary.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inspect step of a folder store reads the file cache's rows under the store in one query, and answers each slot
 * from them: a rerun sends no query per file, and still inspects a file changed since. The statements are counted on
 * the application's own database.
 */
@LangcovFunctionalTest
@Import(CacheSnapshotFunctionalTests.Counting.class)
class CacheSnapshotFunctionalTests {

	private static final String SESSION = "SNAP";

	/** The query of the cache's rows under a store. */
	private static final String SNAPSHOT = "FROM LC_FILE WHERE PATH LIKE ?";

	/** The query of one file's row. */
	private static final String PER_FILE = "FROM LC_FILE WHERE PATH = ? AND CONTEXT = ? AND BYTES = ?";

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	RunRepository runs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	Path store;

	@BeforeEach
	void session() throws IOException {
		// a store whose name a LIKE pattern would read as wildcards
		this.store = Files.createDirectories(this.dir.resolve("store_100%"));
		for (Language language : Language.values()) {
			UnDocumentPdf.of(language, "E/CN.7/2014/1").writeTo(
					this.store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, "E/CN.7/2014/1", language)));
		}
		Workbooks.workbook().row(1, "Symbol", "Title", "Languages")
				.row(2, "E/CN.7/2014/1", "Annotated provisional agenda", "all")
				.write(this.dir.resolve("register.xlsx"));
	}

	@Test
	void aRerunAnswersEverySlotFromOneQueryOfTheCache() throws IOException {
		// given
		JobFile job = job();
		this.runner.run(job, false);
		assertThat(inspectedInLatestRun()).isEqualTo(6);
		statements().clear();

		// when
		RunOutcome second = this.runner.run(job, false);

		// then
		assertThat(second.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(inspectedInLatestRun()).isZero();
		assertThat(statements().count(SNAPSHOT)).isOne();
		assertThat(statements().count(PER_FILE)).isZero();
	}

	@Test
	void aFileChangedBetweenRunsIsInspectedAgain() throws IOException {
		// given
		JobFile job = job();
		this.runner.run(job, false);
		Path english = this.store.resolve("E_CN.7_2014_1-EN.pdf");
		Files.setLastModifiedTime(english, FileTime.fromMillis(Files.getLastModifiedTime(english).toMillis() + 5_000));

		// when
		RunOutcome second = this.runner.run(job, false);

		// then
		assertThat(inspectedInLatestRun()).isOne();
		assertThat(second.changes()).isZero();
		assertThat(this.runner.run(job, false).result()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(inspectedInLatestRun()).isZero();
	}

	@Test
	void aForcedRunReadsNoCache() throws IOException {
		// given
		JobFile job = job();
		this.runner.run(job, false);
		statements().clear();

		// when
		this.runner.run(job, true);

		// then
		assertThat(inspectedInLatestRun()).isEqualTo(6);
		assertThat(statements().count(SNAPSHOT)).isZero();
		assertThat(statements().count(PER_FILE)).isZero();
	}

	private CountingDataSource statements() {
		return (CountingDataSource) this.dataSource;
	}

	private int inspectedInLatestRun() {
		long run = this.runs.history(SESSION).get(0).run();
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND INSPECTED", Integer.class,
				run);
	}

	private JobFile job() throws IOException {
		Path file = this.dir.resolve(SESSION + ".yml");
		Files.writeString(file, """
				session: %s
				register: register.xlsx
				documents: store_100%%
				output: out
				""".formatted(SESSION));
		return new JobFileReader().read(file);
	}

	/** Wraps the application's data source so that the test sees what is sent. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return CountingDataSource.wrapping();
		}

	}

}
