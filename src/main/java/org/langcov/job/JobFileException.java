package org.langcov.job;

import java.util.List;

/**
 * A job file that cannot be used. Each problem is one line for a person, naming the file and the key.
 */
public class JobFileException extends RuntimeException {

	private final List<String> problems;

	public JobFileException(List<String> problems) {
		super(String.join(System.lineSeparator(), problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
