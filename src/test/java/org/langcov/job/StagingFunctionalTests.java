package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staging commits batch by batch, so that memory does not grow with the register; a register that breaks half way still
 * leaves nothing staged.
 */
@LangcovFunctionalTest
class StagingFunctionalTests {

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRegisterThatBreaksAfterSeveralBatchesLeavesNothingStaged() throws IOException {
		// given: 1,200 good rows, more than two batches, then a quote never closed
		StringBuilder csv = new StringBuilder("Symbol,Title\n");
		for (int i = 1; i <= 1_200; i++) {
			csv.append("E/CN.7/2014/").append(i).append(",Report ").append(i).append('\n');
		}
		csv.append("E/CN.7/2014/1201,\"A title never closed\n");
		Files.writeString(this.dir.resolve("register.csv"), csv);
		Files.createDirectories(this.dir.resolve("store"));
		Path jobFile = Files.writeString(this.dir.resolve("half.yml"), """
				session: HALF
				register: register.csv
				documents: store
				output: out
				""");

		// when
		RunOutcome outcome = this.runner.run(new JobFileReader().read(jobFile), false);

		// then
		assertThat(outcome.result()).isEqualTo(RunOutcome.Result.UNUSABLE_INPUT);
		assertThat(outcome.message()).isEqualTo(this.dir.resolve("register.csv")
				+ ", line 1202: a quoted field that starts on this line is never closed (a \" is missing)");
		for (String table : new String[]{"LC_DOCUMENT", "LC_SLOT"}) {
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " t JOIN LC_RUN r"
					+ " ON r.RUN_ID = t.RUN_ID WHERE r.SESSION_ID = 'HALF'", Integer.class)).as(table).isZero();
		}
		assertThat(this.dir.resolve("out")).doesNotExist();
	}

}
