package org.langcov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code --version}: the program's version, from {@code application.properties} as the build filled it in, without
 * starting the application.
 */
final class Version {

	private Version() {
	}

	/** {@code langcov 0.1.0 (Java 17.0.12)}. */
	static String line() {
		Properties properties = new Properties();
		try (InputStream in = Version.class.getResourceAsStream("/application.properties")) {
			if (in != null) {
				properties.load(in);
			}
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "langcov " + properties.getProperty("langcov.version", "(version unknown)") + " (Java "
				+ Runtime.version() + ")" + System.lineSeparator();
	}

}
