package org.langcov.system;

import java.io.IOException;
import java.util.Locale;

import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Logging for a command that runs without the application (no database, no Spring context), such as
 * {@code ./langcov broker}: the same log file, levels and silent console as the rest of langcov, read from the same
 * {@code logging.*} lines of {@code application.properties}. Without it, the libraries such a command uses (Artemis)
 * would log to the console at DEBUG, as logback does when nobody has set it up.
 */
public final class FileLogging {

	private FileLogging() {
	}

	/**
	 * Sends the logs to the log file; returns what flushes and closes it, for the end of the process.
	 */
	public static Runnable start() {
		LangcovHome.init();
		ConfigurableEnvironment environment = new StandardEnvironment();
		try {
			environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
		} catch (IOException ex) {
			throw new IllegalStateException("application.properties is missing from the program", ex);
		}
		ClassLoader classLoader = FileLogging.class.getClassLoader();
		LoggingSystem system = LoggingSystem.get(classLoader);
		system.beforeInitialize();
		system.initialize(new LoggingInitializationContext(environment), null, LogFile.get(environment));
		for (var source : environment.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> names) {
				for (String name : names.getPropertyNames()) {
					if (name.startsWith("logging.level.")) {
						String level = environment.getProperty(name, "").trim().toUpperCase(Locale.ROOT);
						String logger = name.substring("logging.level.".length());
						system.setLogLevel(logger.equals("root") ? LoggingSystem.ROOT_LOGGER_NAME : logger,
								level.isEmpty() ? null : LogLevel.valueOf(level));
					}
				}
			}
		}
		Runnable shutdown = system.getShutdownHandler();
		return (shutdown != null) ? shutdown : () -> {
		};
	}

}
