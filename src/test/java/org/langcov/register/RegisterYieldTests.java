package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RegisterYieldTests {

	private final List<RegisterRow> taken = new ArrayList<>();

	private final RegisterYield yield = new RegisterYield(Path.of("cnd.csv"), "CND57", this.taken::add);

	@Test
	void theSessionsOwnRowsAndRowsWithoutASessionAreHandedOn() {
		header();
		row(2, "CND57", "E/CN.7/2014/1");
		row(3, "CND58", "E/CN.7/2015/1");
		row(4, "", "E/CN.7/2014/2");
		row(5, "cnd57", "E/CN.7/2014/3");

		assertThat(this.taken).extracting(RegisterRow::rowNumber).containsExactly(2, 4, 5);
	}

	@Test
	void rowsOfTheSessionThatAreAllRejectedAreNamedWithTheFirstReasonAndTheOtherSessions() {
		header();
		row(2, "CND57", "Provisional agenda");
		row(3, "CND58", "E/CN.7/2015/1");

		assertThat(this.yield.noDocument(new Rejection(2, "Provisional agenda", "not a UN document symbol")))
				.hasMessage("cnd.csv: no document for session CND57: none of its 1 row for the session is a document"
						+ " (row 2: not a UN document symbol); its Session column names CND57, CND58");
	}

	@Test
	void manySessionsAreCutShort() {
		header();
		for (int i = 1; i <= 12; i++) {
			row(i + 1, "CND" + i, "E/CN.7/2014/" + i);
		}

		assertThat(this.yield.noDocument(null)).hasMessage("cnd.csv: no document for session CND57:"
				+ " its Session column names only CND1, CND2, CND3, CND4, CND5, CND6, CND7, CND8, CND9, CND10 and 2 more");
	}

	private void header() {
		this.yield.header(EnumSet.of(Column.SYMBOL, Column.SESSION));
		this.yield.headerAt(null, 1);
	}

	private void row(int number, String session, String symbol) {
		this.yield.row(new RegisterRow(number, Map.of(Column.SESSION, session, Column.SYMBOL, symbol), Map.of()));
	}

}
