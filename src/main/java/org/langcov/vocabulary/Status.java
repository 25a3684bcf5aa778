package org.langcov.vocabulary;

/**
 * The status of one slot. When several checks fail, the first in declaration order decides.
 */
public enum Status {

	MISSING, EMPTY, NOT_PDF, DAMAGED, ENCRYPTED, WRONG_DOCUMENT, WRONG_LANGUAGE, TIMEOUT, UNREADABLE, AVAILABLE, NOT_EXPECTED;

	/** Whether an expected slot with this status counts as covered. */
	public boolean covered() {
		return this == AVAILABLE;
	}

	/**
	 * Whether the slot needs someone's attention: neither available nor not expected.
	 */
	public boolean problem() {
		return this != AVAILABLE && this != NOT_EXPECTED;
	}

}
