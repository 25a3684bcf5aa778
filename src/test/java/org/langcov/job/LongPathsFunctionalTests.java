package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.history.RunRepository;
import org.langcov.store.Placeholders;
import org.langcov.vocabulary.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A store deep in the file system: its files' paths are longer than an index entry of PostgreSQL's may be (about 2.7
 * kB), and still they are cached like any other.
 */
@LangcovFunctionalTest
class LongPathsFunctionalTests {

	private static final String SESSION = "DEEP";

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	RunRepository runs;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFileWithAPathOfThreeThousandCharactersIsCachedAndNotOpenedAgain() throws IOException {
		// given
		Path store = this.dir.resolve("store");
		for (int depth = 1; depth <= 17; depth++) {
			// random names: a repeated one would be compressed to fit the index
			store = store.resolve(depth + "-"
					+ Stream.generate(UUID::randomUUID).limit(5).map(UUID::toString).collect(Collectors.joining("-")));
		}
		Files.createDirectories(store);
		UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/1").writeTo(
				store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, "E/CN.7/2014/1", Language.ENGLISH)));
		Workbooks.workbook().row(1, "Symbol", "Title", "Languages").row(2, "E/CN.7/2014/1", "Agenda", "English only")
				.write(this.dir.resolve("register.xlsx"));
		Path file = this.dir.resolve(SESSION + ".yml");
		Files.writeString(file, """
				session: %s
				register: register.xlsx
				documents: %s
				output: out
				""".formatted(SESSION, this.dir.relativize(store)));
		JobFile job = new JobFileReader().read(file);

		// when
		RunOutcome first = this.runner.run(job, false);
		int inspectedFirst = inspectedInLatestRun();
		RunOutcome second = this.runner.run(job, false);

		// then
		assertThat(first.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(inspectedFirst).isEqualTo(1);
		assertThat(second.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(inspectedInLatestRun()).isZero();
		assertThat(this.jdbc.queryForObject("SELECT MAX(CHAR_LENGTH(PATH)) FROM LC_FILE", Integer.class))
				.isGreaterThan(3_000);
	}

	private int inspectedInLatestRun() {
		long run = this.runs.history(SESSION).get(0).run();
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND INSPECTED", Integer.class,
				run);
	}

}
