package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;

import org.junit.jupiter.api.Test;

class ReasonsTests {

	@Test
	void aParserMessageLosesItsClassNamesAndLineBreaks() {
		IOException ex = new IOException("java.io.IOException: Error: Header\n   doesn't contain versioninfo");

		assertThat(Reasons.parser(ex)).isEqualTo("Error: Header doesn't contain versioninfo");
	}

	@Test
	void aParserBugSaysTheStructureIsBrokenWithoutJavaTalk() {
		NullPointerException ex = new NullPointerException(
				"Cannot invoke \"org.apache.pdfbox.cos.COSBase.getCOSObject()\" because \"base\" is null");

		assertThat(Reasons.parser(ex)).isEqualTo("its structure is broken in a way the parser cannot handle");
	}

	@Test
	void aDeniedAccessWithoutReasonSaysPermissionDenied() {
		assertThat(Reasons.io(new AccessDeniedException("/store/E_1-EN.pdf"))).isEqualTo("permission denied");
	}

	@Test
	void aVeryLongMessageIsShortened() {
		assertThat(Reasons.oneLine("x".repeat(1000))).hasSize(300).endsWith("...");
	}

}
