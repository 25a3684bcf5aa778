package org.langcov.register;

/**
 * Stops a read once the header is found, for
 * {@link RegisterReader#requireHeader}.
 */
final class HeaderFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	static final HeaderFound INSTANCE = new HeaderFound();

	private HeaderFound() {
		super(null, null, false, false);
	}

}
