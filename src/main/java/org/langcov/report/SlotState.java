package org.langcov.report;

import org.langcov.vocabulary.Status;

/**
 * What a slot looks like at a glance in the coverage matrix of the reports: six states rather than eleven statuses,
 * because a reader scanning thousands of rows needs to see what is there, what is there but unverified, what is not,
 * what needs a closer look, and what is there although it is not expected. The marks are characters that the embedded
 * PDF font has, so that both reports show the same thing.
 */
public enum SlotState {

	/**
	 * A readable file, as the seed's document table links each version with "pdf".
	 */
	AVAILABLE("pdf", "available", 0xC6EFCE, 0x006100),

	/**
	 * Available, but its text could not be read, so neither its symbol nor its language was verified
	 * ({@link Unverified}): counted as available, marked for a second look.
	 */
	UNVERIFIED("pdf*", "available, text not read: unverified", 0xDDEBF7, 0x1F4E79),

	MISSING("\u00D7", "missing", 0xFFC7CE, 0x9C0006),

	/** Any other problem status; the Problems sheet and section say which. */
	PROBLEM("!", "problem (see Problems)", 0xFFEB9C, 0x9C5700),

	NOT_EXPECTED("\u2013", "not expected", 0xEDEDED, 0x7F7F7F),

	/**
	 * A file there for a language the document is not expected in (the note {@code not expected}): shown, but outside
	 * coverage, so marked apart from an expected version that is there, in brackets and violet.
	 */
	EXTRA("(pdf)", "there, not expected", 0xE4DFEC, 0x5B3F86);

	private final String mark;

	private final String meaning;

	private final int fill;

	private final int ink;

	SlotState(String mark, String meaning, int fill, int ink) {
		this.mark = mark;
		this.meaning = meaning;
		this.fill = fill;
		this.ink = ink;
	}

	/**
	 * A slot the document has no line for counts as not expected: nothing was looked up.
	 */
	public static SlotState of(SlotLine slot) {
		if (slot == null) {
			return NOT_EXPECTED;
		}
		if (!slot.expected() && slot.status() == Status.AVAILABLE) {
			return EXTRA;
		}
		return Unverified.is(slot.status(), slot.detail()) ? UNVERIFIED : of(slot.status());
	}

	public static SlotState of(Status status) {
		return switch (status) {
			case AVAILABLE -> AVAILABLE;
			case MISSING -> MISSING;
			case NOT_EXPECTED -> NOT_EXPECTED;
			default -> PROBLEM;
		};
	}

	public String mark() {
		return this.mark;
	}

	/** The legend's words for this state. */
	public String meaning() {
		return this.meaning;
	}

	/** Background colour as 0xRRGGBB. */
	public int fill() {
		return this.fill;
	}

	/** Text colour as 0xRRGGBB. */
	public int ink() {
		return this.ink;
	}

}
