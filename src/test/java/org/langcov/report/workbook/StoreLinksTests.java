package org.langcov.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A folder store's links are the files' URIs as the JDK makes them, without asking whether each is a folder. */
class StoreLinksTests {

	@ParameterizedTest
	@ValueSource(strings = {"E_CN.7_2014_1-EN.pdf", "with space & ampersand.pdf", "100% #1 ?.pdf",
			"quotes'\"<>[]{}|\\^`.pdf", "E/CN.7/2014/L.1/Add.3 (ES).pdf", "\u0627\u0644\u0645\u062e\u062f\u0631.pdf",
			"\u9ebb\u9189\u54c1.pdf", "\u041d\u0430\u0440\u043a.pdf", "emoji \ud83d\ude00.pdf", "é~*!$,;=:@+.pdf",
			"tab\tand\u00a0nbsp.pdf", "every mark !\"#$%&'()*+,-.:;<=>?@[\\]^_`{|}~ 09AZaz.pdf"})
	void aFilesLinkIsItsUriAsTheJdkMakesIt(String location, @TempDir Path store) throws IOException {
		// a file's name outside ASCII needs file names in UTF-8 (LANG=C.UTF-8)
		assumeTrue(
				location.chars().allMatch((c) -> c < 0x80) || "UTF-8".equals(System.getProperty("sun.jnu.encoding")));
		Path file = store.resolve(location);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "%PDF-1.7");

		assertThat(StoreLinks.fileUri(file)).isEqualTo(file.toUri().toASCIIString());
	}

	@ParameterizedTest
	@ValueSource(strings = {"missing.pdf", "in a folder/missing (1).pdf"})
	void aFileThatIsNotThereIsLinkedAsTheJdkWould(String location, @TempDir Path store) {
		Path file = store.resolve(location);

		assertThat(StoreLinks.fileUri(file)).isEqualTo(file.toUri().toASCIIString());
	}

}
