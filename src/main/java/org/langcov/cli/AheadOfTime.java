package org.langcov.cli;

import java.net.URL;
import java.security.CodeSource;
import java.util.Arrays;

import org.langcov.system.LangcovHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The application's bean definitions, generated as code when the jar is built (Spring's ahead-of-time processing:
 * spring-boot-maven-plugin's {@code process-aot} goal runs {@link #main} on the compiled classes), so that a command
 * starts without what every start otherwise does again: the configuration classes parsed, their conditions evaluated
 * and their beans found by reflection (issue 19: {@code history} 1.45 to 1.15 s, an unchanged rerun of 1,000 documents
 * 2.64 to 2.44 s).
 * <p>
 * What the processing decides is fixed in the jar: it sees the application as a run in one process has it, without a
 * broker. A process with a broker (a manager's run, a worker) starts as before, from the configuration classes, as does
 * one whose classes are not in a jar (the tests, run from {@code target/classes}, where a generated class can be older
 * than the sources) and any started with {@code langcov.aot=false}.
 */
public final class AheadOfTime {

	private static final Logger logger = LoggerFactory.getLogger(AheadOfTime.class);

	/** {@code false} turns the generated bean definitions off (default {@code true}). */
	static final String PROPERTY = "langcov.aot";

	/** The class the processing generates: named after the class whose {@code main} it ran, this one. */
	static final String INITIALIZER = AheadOfTime.class.getName() + "__ApplicationContextInitializer";

	private AheadOfTime() {
	}

	/**
	 * What the processing runs, and stops once the bean definitions are known: the application as a run without a
	 * broker starts it, whatever broker the environment of the build names.
	 */
	public static void main(String[] args) {
		LangcovHome.init();
		String[] withoutBroker = Arrays.copyOf(args, args.length + 1);
		withoutBroker[args.length] = "--langcov.broker.url=";
		Application.application(true, (environment) -> {
		}).run(withoutBroker);
	}

	/** Whether a process with these settings starts from the generated bean definitions. */
	static boolean applies(Environment environment) {
		return applies(environment, inJar(AheadOfTime.class.getProtectionDomain().getCodeSource())
				&& ClassUtils.isPresent(INITIALIZER, AheadOfTime.class.getClassLoader()));
	}

	/** As {@link #applies(Environment)}, given whether the generated definitions are there, in the jar. */
	static boolean applies(Environment environment, boolean generatedInJar) {
		return generatedInJar && environment.getProperty(PROPERTY, Boolean.class, true)
				&& Remote.broker(environment) == null;
	}

	/** Whether these classes come from a jar, which the build made with its generated classes, not a folder. */
	static boolean inJar(CodeSource source) {
		URL location = (source != null) ? source.getLocation() : null;
		if (location == null) {
			return false;
		}
		String place = location.toString();
		return place.startsWith("jar:") || place.endsWith(".jar");
	}

	/** Has the application start from the generated bean definitions (called before its context is made). */
	static void use(SpringApplication application) {
		SpringProperties.setFlag(AotDetector.AOT_ENABLED);
		application.setMainApplicationClass(AheadOfTime.class);
		logger.info("Starting from the bean definitions generated when the jar was built ({}=false turns them off)",
				PROPERTY);
	}

}
