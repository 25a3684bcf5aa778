package org.langcov.store;

import java.io.IOException;

/**
 * A store that cannot be read, with a message a person can act on, shown as the slot's detail as it is.
 */
public class StoreException extends IOException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

}
