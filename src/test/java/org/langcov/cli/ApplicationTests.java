package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jms.core.JmsTemplate;
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

	private ConfigurableApplicationContext start() {
		return Application.start(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
