package org.langcov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Status;

public class UnverifiedTests {

	/** Details, and whether an AVAILABLE slot with each is unverified. */
	public static final Map<String, Boolean> DETAILS = new LinkedHashMap<>();

	static {
		DETAILS.put("no text", true);
		DETAILS.put("no text; not expected", true);
		DETAILS.put("data after %%EOF; no text; 3 matches", true);
		DETAILS.put("text not readable: a font cannot be decoded", true);
		DETAILS.put("no %%EOF marker; text not readable: the page; its fonts are broken", true);
		DETAILS.put("", false);
		DETAILS.put("not expected", false);
		DETAILS.put("2 matches", false);
		// a note is matched whole, not a word inside another
		DETAILS.put("no texture", false);
		DETAILS.put("the text not readable: in a title", false);
		DETAILS.put("text not readable", false);
	}

	@Test
	void anAvailableVersionIsUnverifiedWhenANoteOfItsDetailSaysItsTextWasNotRead() {
		DETAILS.forEach((detail, unverified) -> assertThat(Unverified.is(Status.AVAILABLE, detail)).as(detail)
				.isEqualTo(unverified));
		assertThat(Unverified.is(Status.AVAILABLE, null)).isFalse();
	}

	@Test
	void onlyAnAvailableVersionIsUnverified() {
		assertThat(Unverified.is(Status.WRONG_LANGUAGE, "no text")).isFalse();
		assertThat(Unverified.is(Status.DAMAGED, "text not readable: broken")).isFalse();
	}

}
