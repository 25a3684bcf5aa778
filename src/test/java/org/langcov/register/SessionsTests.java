package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.langcov.fixtures.Workbooks.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsTests {

	@TempDir
	Path dir;

	@Test
	void theSessionsOfARegisterAreItsSafeSessionValuesInRegisterOrder() throws IOException {
		Path file = workbook().row(1, "Symbol", "Meeting").row(2, "E/CN.7/2015/1", "CND58")
				.row(3, "E/CN.7/2014/1", "CND57").row(4, "E/CN.7/2014/2", "cnd57").row(5, "E/CN.7/2014/3", "")
				.row(6, "E/CN.7/2014/4", "../../etc").row(7, "E/CN.7/2014/5", "CND 57")
				.write(this.dir.resolve("r.xlsx"));

		assertThat(Sessions.find(file, null)).isEqualTo(new Sessions.Found(true, List.of("CND58", "CND57")));
	}

	@Test
	void aRegisterWithoutSessionColumnNamesNone() throws IOException {
		Path file = workbook().row(1, "Symbol").row(2, "E/CN.7/2014/1").write(this.dir.resolve("r.xlsx"));

		assertThat(Sessions.find(file, null)).isEqualTo(new Sessions.Found(false, List.of()));
	}

	@Test
	void aSessionsRunTakesItsOwnRowsRowsWithoutSessionAndRowsNoSessionCanTake() {
		assertThat(Sessions.takes("CND57", row("CND57"))).isTrue();
		assertThat(Sessions.takes("CND57", row("cnd57"))).isTrue();
		assertThat(Sessions.takes("CND57", row(" "))).isTrue();
		assertThat(Sessions.takes("CND57", row("../x"))).isTrue();
		assertThat(Sessions.takes("CND57", row("CND58"))).isFalse();
	}

	@Test
	void sessionIdsCannotClimbOutOfAFolder() {
		assertThat(Sessions.isId("CND57")).isTrue();
		assertThat(Sessions.isId("CCPCJ-23.r_1")).isTrue();
		assertThat(Sessions.isId("..")).isFalse();
		assertThat(Sessions.isId("a/b")).isFalse();
		assertThat(Sessions.isId("a\\b")).isFalse();
		assertThat(Sessions.isId("CND 57")).isFalse();
		assertThat(Sessions.isId("")).isFalse();
	}

	private static RegisterRow row(String session) {
		return new RegisterRow(2, Map.of(Column.SYMBOL, "E/CN.7/2014/1", Column.SESSION, session), Map.of());
	}

}
