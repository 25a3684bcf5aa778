package org.langcov.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.Broker;
import org.langcov.remote.BrokerServer.BrokerStartException;

/**
 * The broker of {@code ./langcov broker} with a real JMS client, the one the run and the workers use: a message goes
 * through, a message not consumed survives a restart, and a broker that cannot start says why in one line.
 */
class BrokerServerTests {

	@TempDir
	Path dir;

	@Test
	void aMessageSentIsReceived() throws JMSException {
		// given the broker of the tests
		Broker broker = Broker.shared();

		// when a client sends a message and another receives it
		Broker.send(broker.url(), "langcov.test.roundTrip", "partition 1 of 4");

		// then it came through, and only once
		assertThat(Broker.receive(broker.url(), "langcov.test.roundTrip", 5000)).isEqualTo("partition 1 of 4");
		assertThat(Broker.receive(broker.url(), "langcov.test.roundTrip", 200)).isNull();
	}

	@Test
	void aMessageNotConsumedSurvivesARestart() throws JMSException {
		// given a broker of the test's own, and a message sent to it that nobody consumed
		try (Broker broker = Broker.start(this.dir.resolve("broker"))) {
			Broker.send(broker.url(), "langcov.test.kept", "partition 2 of 4");

			// when the broker is stopped and started again
			broker.stop();
			broker.restart();

			// then the message is still there, in its journal under the folder
			assertThat(Broker.receive(broker.url(), "langcov.test.kept", 5000)).isEqualTo("partition 2 of 4");
			assertThat(this.dir.resolve("broker/journal")).isDirectoryContaining("glob:**.amq");
		}
	}

	@Test
	void aMessageTakenAndNotAcknowledgedIsGivenAgainAtOnce() throws JMSException {
		try (Broker broker = Broker.start(this.dir.resolve("broker"))) {
			// given a message that a worker took and did not acknowledge before it died
			Broker.send(broker.url(), "langcov.test.redelivered", "partition 3 of 4");
			try (Connection connection = new ActiveMQConnectionFactory(broker.url()).createConnection()) {
				connection.start();
				Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
				MessageConsumer consumer = session.createConsumer(session.createQueue("langcov.test.redelivered"));
				assertThat(consumer.receive(5000)).isNotNull();
			}

			// then the next worker gets it without waiting
			long before = System.nanoTime();
			assertThat(Broker.receive(broker.url(), "langcov.test.redelivered", 5000)).isEqualTo("partition 3 of 4");
			assertThat((System.nanoTime() - before) / 1_000_000).as("milliseconds").isLessThan(3000);
		}
	}

	@Test
	void aPortInUseIsSaidInOneLineNamingTheUrl() {
		// given the broker of the tests on its port
		Broker broker = Broker.shared();

		// when another broker is to listen there
		BrokerServer second = new BrokerServer(BrokerUrl.parse(broker.url()), this.dir.resolve("second"));

		// then it says so
		assertThatThrownBy(second::start).isInstanceOf(BrokerStartException.class)
				.hasMessageStartingWith("cannot listen on " + broker.url() + ": ")
				// the system's words, in its language: "Address already in use" in English
				.satisfies((ex) -> assertThat(ex.getMessage().lines()).hasSize(1));
		assertThat(second.isStarted()).isFalse();
	}

	@Test
	void aFolderInUseByAnotherBrokerIsSaidInOneLine() {
		try (Broker broker = Broker.start(this.dir.resolve("broker"))) {
			BrokerServer second = new BrokerServer(new BrokerUrl("127.0.0.1", 0), this.dir.resolve("broker"));
			assertThatThrownBy(second::start).isInstanceOf(BrokerStartException.class)
					.hasMessage("cannot use its folder " + this.dir.resolve("broker").toAbsolutePath()
							+ ": another broker has it, or it cannot be written");
			assertThat(broker.isRunning()).isTrue();
		}
	}

	@Test
	void itsFolderIsUnderTheInstallation() {
		assertThat(BrokerServer.folder(Path.of("/opt/langcov")))
				.isEqualTo(Path.of("/opt/langcov/output/.langcov/broker"));
	}

}
