package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.cert.Certificate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application a command starts: the broker's client only where there is a broker.
 */
class ApplicationTests {

	@TempDir
	Path home;

	HomeProperty homeProperty;

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void installation() {
		this.homeProperty = HomeProperty.set(this.home);
	}

	@AfterEach
	void restore() {
		System.clearProperty("langcov.broker.url");
		System.clearProperty("spring.autoconfigure.exclude");
		this.homeProperty.restore();
	}

	@Test
	void withoutABrokerTheApplicationHasNoBrokerClient() {
		// given no langcov.broker.url when a command starts the application
		try (ConfigurableApplicationContext context = start()) {
			// then the database is there, Artemis' connection factory and the JMS template are not
			assertThat(context).as(this.err.toString(StandardCharsets.UTF_8)).isNotNull();
			assertThat(context.getBeanNamesForType(JdbcTemplate.class)).isNotEmpty();
			assertThat(context.getBeanNamesForType(ConnectionFactory.class)).isEmpty();
			assertThat(context.getBeanNamesForType(JmsTemplate.class)).isEmpty();
		}
	}

	@Test
	void withABrokerTheManagersRunHasItsJmsTemplate() {
		// given a broker (none listens there: nothing connects at start)
		System.setProperty("langcov.broker.url", "tcp://127.0.0.1:1");
		// when a command starts the application
		try (ConfigurableApplicationContext context = start()) {
			// then the partitions can be sent
			assertThat(context).as(this.err.toString(StandardCharsets.UTF_8)).isNotNull();
			assertThat(context.getBeanNamesForType(JmsTemplate.class)).hasSize(1);
			assertThat(context.getBeanNamesForType(ConnectionFactory.class)).isNotEmpty();
		}
	}

	@Test
	void exclusionsAlreadyConfiguredAreKept() {
		// given an auto-configuration excluded in the settings
		System.setProperty("spring.autoconfigure.exclude",
				"org.springframework.boot.jms.autoconfigure.JndiConnectionFactoryAutoConfiguration");
		// when the application starts without a broker
		try (ConfigurableApplicationContext context = start()) {
			// then both that exclusion and the broker client's hold
			assertThat(context).as(this.err.toString(StandardCharsets.UTF_8)).isNotNull();
			assertThat(context.getEnvironment().getProperty("spring.autoconfigure.exclude"))
					.startsWith("org.springframework.boot.jms.autoconfigure.JndiConnectionFactoryAutoConfiguration,")
					.contains(String.join(",", Application.BROKER_CLIENT));
			assertThat(context.getBeanNamesForType(JmsTemplate.class)).isEmpty();
		}
	}

	@Test
	void aRunWarmsUpWhileTheApplicationStarts() {
		// given a warm-up
		AtomicBoolean warmedUp = new AtomicBoolean();

		// when a run starts the application with it
		try (ConfigurableApplicationContext context = Application
				.start(new PrintStream(this.err, true, StandardCharsets.UTF_8), () -> warmedUp.set(true))) {
			// then it was started, on this machine of several cores
			assertThat(context).isNotNull();
			assertThat(warmedUp).isTrue();
		}
	}

	@Test
	void aRunWarmsUpOnlyWithASpareCoreAHeapOfSomeSizeAndTheSettingOn() {
		StandardEnvironment on = new StandardEnvironment();
		StandardEnvironment off = new StandardEnvironment();
		off.getPropertySources().addFirst(new MapPropertySource("job", Map.of("langcov.warm-up", "false")));
		long gigabyte = 1L << 30;

		assertThat(Application.warmsUp(on, 2, gigabyte)).isTrue();
		assertThat(Application.warmsUp(off, 2, gigabyte)).as("turned off").isFalse();
		assertThat(Application.warmsUp(on, 1, gigabyte)).as("one core").isFalse();
		assertThat(Application.warmsUp(on, 2, 128L << 20)).as("-Xmx128m").isFalse();
		assertThat(Application.warmsUp(on, 2, Application.WARM_UP_HEAP)).isTrue();
	}

	@Test
	void theTestsStartFromTheConfigurationClassesNeverFromDefinitionsGeneratedForAnEarlierBuild() {
		// given the tests' classes, in a folder (where an earlier build's generated classes may be left), which the
		// rule tells from a jar whether or not the generated classes are there
		assertThat(AheadOfTime.inJar(AheadOfTime.class.getProtectionDomain().getCodeSource()))
				.as("the classes under test, from %s",
						AheadOfTime.class.getProtectionDomain().getCodeSource().getLocation())
				.isFalse();
		try (ConfigurableApplicationContext context = start()) {
			// then the application is started from its configuration classes
			assertThat(context).isInstanceOf(AnnotationConfigApplicationContext.class);
			assertThat(AheadOfTime.applies(context.getEnvironment())).isFalse();
		}
	}

	@Test
	void aStartUsesTheGeneratedBeanDefinitionsOnlyFromAJarWithoutABrokerAndWithTheSettingOn() throws Exception {
		StandardEnvironment plain = new StandardEnvironment();
		StandardEnvironment off = new StandardEnvironment();
		off.getPropertySources().addFirst(new MapPropertySource("job", Map.of("langcov.aot", "false")));
		StandardEnvironment broker = new StandardEnvironment();
		broker.getPropertySources()
				.addFirst(new MapPropertySource("job", Map.of("langcov.broker.url", "tcp://localhost:61616")));

		assertThat(AheadOfTime.applies(plain, true)).isTrue();
		assertThat(AheadOfTime.applies(plain, false)).as("not generated, or not in a jar").isFalse();
		assertThat(AheadOfTime.applies(off, true)).as("langcov.aot=false").isFalse();
		assertThat(AheadOfTime.applies(broker, true)).as("a broker").isFalse();

		assertThat(AheadOfTime.inJar(source("file:/opt/langcov/target/app/langcov.jar"))).isTrue();
		assertThat(AheadOfTime.inJar(source("jar:file:/opt/langcov/target/langcov.jar!/BOOT-INF/classes/")))
				.as("java -jar target/langcov.jar").isTrue();
		assertThat(AheadOfTime.inJar(source("file:/opt/langcov/target/classes/"))).isFalse();
		assertThat(AheadOfTime.inJar(null)).isFalse();
	}

	private static CodeSource source(String location) throws MalformedURLException {
		return new CodeSource(URI.create(location).toURL(), (Certificate[]) null);
	}

	private ConfigurableApplicationContext start() {
		return Application.start(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
