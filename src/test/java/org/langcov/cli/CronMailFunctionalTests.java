package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovProcess;
import org.langcov.job.JobFile;
import org.langcov.store.Placeholders;
import org.langcov.vocabulary.Language;

/**
 * What cron mails: a run whose standard output is not a terminal prints its summary line, then one line per problem,
 * capped; its progress goes to the log file.
 */
class CronMailFunctionalTests {

	static final int DOCUMENTS = 30;

	static final int MISSING = 25;

	@TempDir
	Path home;

	@Test
	void withoutATerminalARunPrintsItsSummaryLineThenTwentyProblemsAndWhereTheOthersAreButNoProgress()
			throws Exception {
		// given a session with 25 French versions missing
		Path job = ProcessFunctionalTests.session(this.home, "MAIL", DOCUMENTS);
		for (int i = 1; i <= MISSING; i++) {
			Files.delete(this.home.resolve("store")
					.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, "E/CN.7/2014/" + i, Language.FRENCH)));
		}

		// when it is run as cron runs it, standard output a pipe, with a progress line due at every chunk
		Process run = LangcovProcess.start(this.home, List.of("langcov.chunk-size=5", "langcov.progress.interval=1ms"),
				false, "run", job.toString());
		assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
		List<String> out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

		// then it prints the summary line first, then the first 20 problems and where the other 5 are
		assertThat(run.exitValue()).as(String.join("\n", out)).isZero();
		assertThat(out).hasSize(1 + 20 + 1);
		assertThat(out.get(0)).startsWith("MAIL: coverage A 100% C 100% E 100% F 16.7% R 100% S 100%")
				.contains("; 25 problems;");
		assertThat(out.get(1)).matches("  E/CN\\.7/2014/1 F MISSING: .+");
		assertThat(out.subList(1, 21)).allMatch((line) -> line.matches("  E/CN\\.7/2014/\\d+ F MISSING: .+"));
		assertThat(out.get(21))
				.isEqualTo("  and 5 more: see " + this.home.resolve("out/MAIL-coverage.xlsx") + " (sheet Problems)");
		// and its progress went to the log file
		assertThat(Files.readString(this.home.resolve("output/.langcov/logs/langcov.log")))
				.containsPattern("MAIL: inspected \\d+ of " + DOCUMENTS * 6 + " slots");
	}

}
