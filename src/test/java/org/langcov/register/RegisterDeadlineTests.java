package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Language;

/**
 * The register's Deadline column, read into a document or rejecting its row.
 */
class RegisterDeadlineTests {

	@Test
	void aDeadlineIsKeptInIsoForm() {
		Document document = (Document) interpreter(DateOrder.DMY).interpret(row("30 January 2014"));

		assertThat(document.deadline()).isEqualTo("2014-01-30");
		assertThat(document.deadlineDate()).contains(LocalDate.of(2014, 1, 30));
	}

	@Test
	void aNumericDeadlineIsReadInTheJobsOrder() {
		assertThat(((Document) interpreter(DateOrder.MDY).interpret(row("03/04/2014"))).deadlineDate())
				.contains(LocalDate.of(2014, 3, 4));
	}

	@Test
	void noDeadlineIsNoDate() {
		assertThat(((Document) interpreter(DateOrder.DMY).interpret(row(""))).deadlineDate()).isEmpty();
	}

	@Test
	void aDeadlineThatIsNotADateRejectsTheRowWithTheReason() {
		RegisterEntry entry = interpreter(DateOrder.DMY).interpret(row("end of January"));

		assertThat(entry).isInstanceOfSatisfying(Rejection.class, (rejection) -> {
			assertThat(rejection.row()).isEqualTo(5);
			assertThat(rejection.symbol()).isEqualTo("E/CN.7/2014/1");
			assertThat(rejection.reason()).startsWith("Deadline \"end of January\" is not a date");
		});
	}

	private static RegisterInterpreter interpreter(DateOrder order) {
		return new RegisterInterpreter(EnumSet.allOf(Language.class), List.of(), order);
	}

	private static RegisterRow row(String deadline) {
		return new RegisterRow(5, Map.of(Column.SYMBOL, "E/CN.7/2014/1", Column.DEADLINE, deadline), Map.of());
	}

}
