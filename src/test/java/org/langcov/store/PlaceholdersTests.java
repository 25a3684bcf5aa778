package org.langcov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Language;

class PlaceholdersTests {

	private static final String SYMBOL = "E/CN.7/2014/1/Corr.1";

	@Test
	void everyPlaceholderExpands() {
		assertThat(expand("{symbol}")).isEqualTo("E_CN.7_2014_1_Corr.1");
		assertThat(expand("{path}")).isEqualTo("E/CN.7/2014/1/Corr.1");
		assertThat(expand("{slug}")).isEqualTo("e-cn-7-2014-1-corr-1");
		assertThat(expand("{lang}")).isEqualTo("F");
		assertThat(expand("{lang-lower}")).isEqualTo("f");
		assertThat(expand("{iso}")).isEqualTo("FR");
		assertThat(expand("{iso-lower}")).isEqualTo("fr");
		assertThat(expand("{language}")).isEqualTo("French");
	}

	@Test
	void theDefaultPatternGivesDigitalLibraryNames() {
		assertThat(Placeholders.expand("{symbol}-{iso}.pdf", "A/RES/70/1", Language.ENGLISH))
				.isEqualTo("A_RES_70_1-EN.pdf");
		assertThat(Placeholders.expand("{path}/{lang}/*.pdf", "E/2014/28", Language.CHINESE))
				.isEqualTo("E/2014/28/C/*.pdf");
	}

	@Test
	void unknownPlaceholderIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> Placeholders.check("{symbol}-{lng}.pdf"))
				.withMessageStartingWith("unknown placeholder {lng}");
	}

	private static String expand(String pattern) {
		return Placeholders.expand(pattern, SYMBOL, Language.FRENCH);
	}

}
