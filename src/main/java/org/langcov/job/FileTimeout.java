package org.langcov.job;

import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code file-timeout} of a run's job file. */
final class FileTimeout {

	static final Duration DEFAULT = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(FileTimeout.class);

	private FileTimeout() {
	}

	/**
	 * The job file's {@code file-timeout}. The job file was checked when the run
	 * started; should it have become unreadable since (a run resumed after the file
	 * was edited), the default keeps the run going.
	 */
	static Duration of(String jobFile) {
		try {
			return new JobFileReader().read(Path.of(jobFile)).fileTimeout();
		} catch (RuntimeException ex) {
			logger.warn("Cannot read the file-timeout of {}; using {}", jobFile, DEFAULT, ex);
			return DEFAULT;
		}
	}

}
