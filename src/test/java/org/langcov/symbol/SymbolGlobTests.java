package org.langcov.symbol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SymbolGlobTests {

	@Test
	void aStarMatchesAnyCharactersSlashesIncluded() {
		assertThat(SymbolGlob.matches("*/CRP.*", "E/CN.7/2014/CRP.1")).isTrue();
		assertThat(SymbolGlob.matches("E/*", "E/CN.7/2014/CRP.1")).isTrue();
		assertThat(SymbolGlob.matches("*", "")).isTrue();
		assertThat(SymbolGlob.matches("*/CRP.*", "E/CN.7/2014/1")).isFalse();
		assertThat(SymbolGlob.matches("E/CN.7/2014/1", "E/CN.7/2014/10")).as("no star, the whole symbol").isFalse();
	}

	@Test
	void caseDoesNotMatterAsItDoesNotInSymbols() {
		assertThat(SymbolGlob.matches("*/crp.*", "E/CN.7/2014/CRP.1")).isTrue();
		assertThat(SymbolGlob.matches("*/NGO/*", "e/cn.7/2014/ngo/3")).isTrue();
	}

	@Test
	void everythingButTheStarIsTakenAsWritten() {
		assertThat(SymbolGlob.matches("*/CRP.*", "E/CN.7/2014/CRPX1")).as("a dot is a dot").isFalse();
		assertThat(SymbolGlob.matches("A/(1)+?[x]*", "A/(1)+?[x]/Add.1")).isTrue();
		assertThat(SymbolGlob.matches("A/\\E*", "A/\\E/1")).as("the end of a quote, quoted").isTrue();
	}

	@Test
	void aGlobMatchesTheSameEachTime() {
		for (int i = 0; i < 3; i++) {
			assertThat(SymbolGlob.matches("*/L.*", "E/CN.7/2014/L.2")).isTrue();
			assertThat(SymbolGlob.matches("*/L.*", "E/CN.7/2014/2")).isFalse();
		}
	}

}
