package org.langcov.register;

import java.nio.file.Path;

/**
 * A register that cannot be used at all: missing, not a spreadsheet, password-protected, or without a header langcov
 * recognises. Its message is one line for a person, naming the file and, where it helps, the sheet; the library failure
 * behind it, if any, is kept as the cause for the log.
 */
public class RegisterException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	private final String place;

	private final String problem;

	/**
	 * @param file
	 *            the register as the job names it
	 * @param place
	 *            where in it the problem is, such as {@code sheet "Docs"}, or {@code null}
	 * @param problem
	 *            what is wrong, for a person to act on
	 * @param cause
	 *            the library failure behind it, or {@code null}
	 */
	public RegisterException(Path file, String place, String problem, Throwable cause) {
		super(message(file, place, problem), cause);
		this.file = file;
		this.place = place;
		this.problem = problem;
	}

	public RegisterException(Path file, String problem) {
		this(file, null, problem, null);
	}

	public RegisterException(Path file, String problem, Throwable cause) {
		this(file, null, problem, cause);
	}

	public Path file() {
		return this.file;
	}

	/** Where in the file the problem is, or {@code null} for the whole file. */
	public String place() {
		return this.place;
	}

	public String problem() {
		return this.problem;
	}

	private static String message(Path file, String place, String problem) {
		return file + ((place != null) ? ", " + place : "") + ": " + problem;
	}

}
