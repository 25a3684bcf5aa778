package org.langcov.remote;

/**
 * No worker took or advanced any part of a run for the time the manager waits: the run stops, exits 1, and the next run
 * of the session resumes it.
 */
public class NoWorkerException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	NoWorkerException(String message) {
		super(message);
	}

}
