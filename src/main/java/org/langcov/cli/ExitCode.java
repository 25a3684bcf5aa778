package org.langcov.cli;

/** The program's exit statuses, as SPEC defines them. */
public enum ExitCode {

	/** Every report written. */
	OK(0),
	/** Reports written, but a session's coverage is under {@code --fail-under}. */
	BELOW_THRESHOLD(3),
	/** The command line, a job file or a register is unusable. */
	UNUSABLE(2),
	/** Any other failure. */
	FAILURE(1);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

	/**
	 * The worse of two outcomes, so that {@code run --all} exits with its worst session's.
	 */
	public ExitCode worst(ExitCode other) {
		return (other.ordinal() > ordinal()) ? other : this;
	}

}
