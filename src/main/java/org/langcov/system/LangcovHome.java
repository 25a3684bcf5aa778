package org.langcov.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The installation folder, which holds the launcher and {@code output/}: the database and the logs live under it
 * whatever the current directory. The launcher passes it as {@code -Dlangcov.home};
 * {@code java -jar target/langcov.jar} finds it from the jar's place.
 */
public final class LangcovHome {

	public static final String PROPERTY = "langcov.home";

	private LangcovHome() {
	}

	/** Sets {@code langcov.home} when the launcher has not. */
	public static void init() {
		if (System.getProperty(PROPERTY) == null) {
			System.setProperty(PROPERTY, guess().toString());
		}
	}

	public static Path get() {
		init();
		return Path.of(System.getProperty(PROPERTY));
	}

	/**
	 * Where the log file is, relative to the current directory when that is shorter.
	 */
	public static Path logFile() {
		Path log = get().resolve("output/.langcov/logs/langcov.log");
		Path here = Path.of("").toAbsolutePath();
		return log.startsWith(here) ? here.relativize(log) : log;
	}

	private static Path guess() {
		// java -jar target/langcov.jar: the class path is the jar; in tests, target/classes
		String classPath = System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)[0];
		try {
			Path code = Path.of(classPath).toAbsolutePath();
			Path target = code.getParent();
			if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
					&& Files.exists(target.getParent().resolve("pom.xml"))) {
				return target.getParent();
			}
		} catch (RuntimeException ex) {
			// fall back to the current directory
		}
		return Path.of("").toAbsolutePath();
	}

}
