package org.langcov.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Stands in for langcov's jar in {@link LauncherFunctionalTests}: unpacks itself as Spring Boot's
 * {@code -Djarmode=tools extract --destination DIR} does (a copy of itself as {@code DIR/langcov.jar}); otherwise
 * prints {@code ran} with its arguments, then, on a line of its own, the options the JVM was started with, and exits
 * with the status its second argument gives. With that status 0 or 3 it deletes the training mark the launcher names in
 * {@code langcov.training}, as langcov's run does once a session's reports are written ({@link Training}).
 */
public final class LauncherProbe {

	private LauncherProbe() {
	}

	public static void main(String[] args) throws Exception {
		if ("tools".equals(System.getProperty("jarmode"))) {
			Path jar = Path.of(LauncherProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path destination = Files.createDirectories(Path.of(args[2]));
			Files.copy(jar, destination.resolve("langcov.jar"), StandardCopyOption.REPLACE_EXISTING);
			return;
		}
		System.out.println("ran " + String.join(" ", args));
		System.out.println("options " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
		int status = (args.length > 1) ? Integer.parseInt(args[1]) : 0;
		String mark = System.getProperty("langcov.training");
		if (mark != null && (status == 0 || status == 3)) {
			Files.deleteIfExists(Path.of(mark));
		}
		System.exit(status);
	}

}
