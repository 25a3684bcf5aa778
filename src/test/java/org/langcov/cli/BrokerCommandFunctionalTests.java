package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.Broker;
import org.langcov.fixtures.LangcovProcess;

/**
 * {@code ./langcov broker} as a process of its own, as a person or systemd starts it: it says where it listens, carries
 * messages, keeps them over a restart, and a TERM signal ends it with status 0; a port in use or a bad URL is one line
 * and a failing status.
 */
class BrokerCommandFunctionalTests {

	@TempDir
	Path home;

	@Test
	void itListensWhereTheUrlSaysCarriesMessagesAndATermSignalEndsItWithZero() throws Exception {
		// given a free port
		int port = freePort();
		String url = "tcp://127.0.0.1:" + port;

		// when the broker is started there
		Process broker = broker(url);
		try (BufferedReader lines = lines(broker)) {
			// then it says where it listens and where it keeps the messages, in one line
			assertThat(firstLine(lines)).isEqualTo("langcov broker: listening on " + url + " (messages kept in "
					+ this.home.resolve("output/.langcov/broker") + "); stop with Ctrl-C");

			// and a JMS client sends and receives through it
			try (Connection connection = new ActiveMQConnectionFactory(url).createConnection()) {
				connection.start();
				Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
				session.createProducer(session.createQueue("langcov.test.command"))
						.send(session.createTextMessage("partition 1 of 2"));
				Message message = session.createConsumer(session.createQueue("langcov.test.command")).receive(5000);
				assertThat(message).isInstanceOf(TextMessage.class);
				assertThat(((TextMessage) message).getText()).isEqualTo("partition 1 of 2");
			}

			// when it is sent TERM (through its handle: Process.destroy() would close the streams read here)
			assertThat(broker.toHandle().destroy()).isTrue();

			// then it stops at once with status 0, nothing on standard error, and its log is in the log file
			assertThat(broker.waitFor(20, TimeUnit.SECONDS)).as("stopped within seconds").isTrue();
			String err = stderr(broker);
			assertThat(broker.exitValue()).as(err).isZero();
			assertThat(err).isEmpty();
			assertThat(lines.readLine()).as("nothing more on standard output").isNull();
			assertThat(this.home.resolve("output/.langcov/logs/langcov.log")).content()
					.contains("Broker listening on " + url).contains("Broker on " + url + " stopped");
		} finally {
			broker.destroyForcibly().waitFor();
		}
	}

	@Test
	void messagesNotConsumedSurviveARestartOfTheProcess() throws Exception {
		int port = freePort();
		String url = "tcp://127.0.0.1:" + port;
		Process first = broker(url);
		try (BufferedReader lines = lines(first)) {
			assertThat(firstLine(lines)).startsWith("langcov broker: listening on " + url);
			Broker.send(url, "langcov.test.restart", "partition 2 of 2");
			first.destroy();
			assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
		} finally {
			first.destroyForcibly().waitFor();
		}
		Process second = broker(url);
		try (BufferedReader lines = lines(second)) {
			assertThat(firstLine(lines)).startsWith("langcov broker: listening on " + url);
			assertThat(Broker.receive(url, "langcov.test.restart", 5000)).isEqualTo("partition 2 of 2");
		} finally {
			second.destroy();
			assertThat(second.waitFor(20, TimeUnit.SECONDS)).isTrue();
			second.destroyForcibly().waitFor();
		}
		assertThat(second.exitValue()).isZero();
	}

	@Test
	void aPortInUseIsOneLineAndStatusOne() throws Exception {
		// given a port that something else listens on
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			String url = "tcp://127.0.0.1:" + taken.getLocalPort();

			// when the broker is started there
			Process broker = broker(url);

			// then it says so in one line on standard error, and exits 1
			assertThat(broker.waitFor(60, TimeUnit.SECONDS)).isTrue();
			String err = stderr(broker);
			assertThat(broker.exitValue()).as(err).isEqualTo(1);
			// (the reason is the system's words, in its language: "Address already in use" in English)
			assertThat(err).startsWith("langcov: the broker cannot listen on " + url + ": ").endsWith(
					"; details in " + this.home.resolve("output/.langcov/logs/langcov.log") + System.lineSeparator());
			assertThat(err.lines()).hasSize(1);
			assertThat(new String(broker.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
		}
	}

	@Test
	void aBadUrlIsOneLineAndStatusTwo() throws Exception {
		Process broker = LangcovProcess.start(this.home, List.of(), Map.of("LANGCOV_BROKER_URL", "http://broker:61616"),
				false, "broker");
		assertThat(broker.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String err = stderr(broker);
		assertThat(broker.exitValue()).as(err).isEqualTo(2);
		assertThat(err).isEqualTo("langcov: langcov.broker.url 'http://broker:61616' is not a tcp:// URL such as"
				+ " tcp://broker:61616" + System.lineSeparator());
	}

	private Process broker(String url) throws IOException {
		return LangcovProcess.start(this.home, List.of("langcov.broker.url=" + url), false, "broker");
	}

	private static BufferedReader lines(Process process) {
		return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

	/** The first line of standard output, waited for a minute at most. */
	private static String firstLine(BufferedReader lines) throws Exception {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return lines.readLine();
			} catch (IOException ex) {
				return "(" + ex + ")";
			}
		}).get(60, TimeUnit.SECONDS);
	}

	private static String stderr(Process process) throws IOException {
		return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return socket.getLocalPort();
		}
	}

}
