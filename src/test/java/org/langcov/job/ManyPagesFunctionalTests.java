package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A register whose slots take many pages of the inspection reader: every slot is inspected exactly once, whatever page
 * it falls on.
 */
@LangcovFunctionalTest
class ManyPagesFunctionalTests {

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everySlotOfALongRegisterIsInspectedOnce() throws IOException {
		// given: 250 documents, 1,500 slots, fifteen pages of 100
		Path store = Files.createDirectories(this.dir.resolve("store"));
		Workbooks register = Workbooks.workbook().row(1, "Symbol");
		for (int i = 1; i <= 250; i++) {
			register.row(i + 1, "E/CN.7/2014/" + i);
		}
		register.write(this.dir.resolve("register.xlsx"));
		for (int i = 1; i <= 250; i += 50) {
			UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/" + i)
					.writeTo(store.resolve("E_CN.7_2014_" + i + "-EN.pdf"));
		}
		Path jobFile = Files.writeString(this.dir.resolve("pages.yml"), """
				session: PAGES
				register: register.xlsx
				documents: store
				output: out
				""");

		// when
		RunOutcome outcome = this.runner.run(new JobFileReader().read(jobFile), false);

		// then
		assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(outcome.summary().get(6).expected()).isEqualTo(1_500);
		assertThat(outcome.summary().get(6).available()).isEqualTo(5);
		assertThat(outcome.summary().get(6).missing()).isEqualTo(1_495);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_SLOT s JOIN LC_RUN r ON r.RUN_ID = s.RUN_ID"
				+ " WHERE r.SESSION_ID = 'PAGES' AND s.STATUS IS NULL", Integer.class)).isZero();
	}

}
