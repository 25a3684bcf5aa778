package org.langcov.cli;

/**
 * A command line that cannot be understood; its message is one line for the user.
 */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
