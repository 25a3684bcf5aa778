package org.langcov.symbol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FootnoteMarksTests {

	@Test
	void footnoteMarksAtTheEndAreFoundAndDropped() {
		assertThat(FootnoteMarks.of("E/C.21/2025/2*")).isEqualTo("*");
		assertThat(FootnoteMarks.dropped("E/C.21/2025/2*")).isEqualTo("E/C.21/2025/2");
		assertThat(FootnoteMarks.of("E/C.21/2025/2 **")).isEqualTo("**");
		assertThat(FootnoteMarks.dropped("E/C.21/2025/2 **")).isEqualTo("E/C.21/2025/2");
		assertThat(FootnoteMarks.dropped("E/C.21/2025/2\u2020\u2021")).isEqualTo("E/C.21/2025/2");
		assertThat(FootnoteMarks.dropped("E/C.21/2025/2\u00B9")).isEqualTo("E/C.21/2025/2");
	}

	@Test
	void aSymbolWithoutFootnoteMarkIsLeftAsItIs() {
		assertThat(FootnoteMarks.of("E/C.21/2025/2")).isEmpty();
		assertThat(FootnoteMarks.dropped("E/C.21/2025/2")).isEqualTo("E/C.21/2025/2");
		assertThat(FootnoteMarks.dropped("E/C.21/*/2")).isEqualTo("E/C.21/*/2");
	}

}
