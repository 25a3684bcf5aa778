package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.timeliness.DueRule;
import org.langcov.timeliness.DueRules;

/** The job file's {@code due} rules, read and checked. */
class DueKeyTests {

	private static final String JOB = """
			session: CND57
			register: register.xlsx
			documents: store
			output: out
			opens: 2014-03-13
			""";

	@TempDir
	Path dir;

	@BeforeEach
	void layout() throws IOException {
		Files.createDirectories(this.dir.resolve("store"));
		Files.writeString(this.dir.resolve("register.xlsx"), "x");
	}

	@Test
	void dueRulesAreReadInOrderAndComeBeforeTheInSessionDefaults() throws IOException {
		// given
		JobFile job = read(JOB + """
				due:
				  - symbols: "*/L.*"
				    due: opening
				  - symbols: "*/2014/9"
				    due: 2014-03-01
				  - symbols: "*/INF/*"
				    due: 2 weeks before
				""");

		// then
		assertThat(job.due()).containsExactly(new DueRules.Entry("*/L.*", DueRule.OPENING),
				new DueRules.Entry("*/2014/9", DueRule.parse("2014-03-01")),
				new DueRules.Entry("*/INF/*", DueRule.weeksBefore(2)));
		DueRules rules = job.dueRules();
		assertThat(rules.ruleFor("E/CN.7/2014/L.3").dueDate(job.opens())).contains(LocalDate.of(2014, 3, 13));
		assertThat(rules.ruleFor("E/CN.7/2014/INF/1").dueDate(job.opens())).contains(LocalDate.of(2014, 2, 27));
		assertThat(rules.ruleFor("E/CN.7/2014/CRP.1")).isEqualTo(DueRule.NONE);
		assertThat(rules.ruleFor("E/CN.7/2014/1").dueDate(job.opens())).contains(LocalDate.of(2014, 1, 30));
	}

	@Test
	void aJobWithoutDueRulesHasTheDefaults() throws IOException {
		JobFile job = read(JOB);

		assertThat(job.due()).isEmpty();
		assertThat(job.dueRules().ruleFor("E/CN.7/2014/NGO/4")).isEqualTo(DueRule.NONE);
	}

	@Test
	void aRuleThatCannotBeReadIsNamedByItsPlace() {
		// when the second rule's due is not a rule, the third lacks symbols, and due is not a list
		assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> read(JOB + """
				due:
				  - symbols: "*/L.*"
				    due: opening
				  - symbols: "*/CRP.*"
				    due: at the session
				  - due: none
				""")).satisfies((ex) -> assertThat(ex.problems()).containsExactly(
				// then
				file() + ": key 'due[2].due': 'at the session' is not a due rule: write " + DueRule.FORMS,
				file() + ": key 'due[3]': a rule has exactly the keys 'symbols' (a glob) and 'due' (" + DueRule.FORMS
						+ ")"));
		assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> read(JOB + "due: none\n"))
				.satisfies((ex) -> assertThat(ex.problems()).singleElement().asString()
						.startsWith(file() + ": key 'due': expected a list of rules"));
	}

	private Path file() {
		return this.dir.resolve("job.yml");
	}

	private JobFile read(String yaml) throws IOException {
		Files.writeString(file(), yaml);
		return new JobFileReader().read(file());
	}

}
