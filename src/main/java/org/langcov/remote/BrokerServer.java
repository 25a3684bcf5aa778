package org.langcov.remote;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptor;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.remoting.Acceptor;
import org.langcov.system.LangcovHome;
import org.langcov.vocabulary.Causes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Artemis broker of {@code ./langcov broker}, for installations that have none: one TCP acceptor where
 * {@code langcov.broker.url} points, and the messages in a journal on disk ({@code output/.langcov/broker/} of the
 * installation), so that the partitions of a run that were sent and not yet inspected are still there after the broker
 * is restarted.
 * <p>
 * Security is off: any client that reaches the port may send and receive, as on the trusted network between the
 * {@code run} process and its workers that langcov is made for (they share the database, which holds the real secrets).
 * Put the port behind a firewall, or use a broker of the installation's own with users, if the network is not trusted.
 * <p>
 * The queues are made by the first client that names them. A partition request that a worker took and never
 * acknowledged (the worker was killed) is given again at once, and only after 100 such deliveries goes to the
 * {@code DLQ} queue, so that workers killed a few times over do not lose a partition of the night.
 */
public final class BrokerServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(BrokerServer.class);

	/** Deliveries of a message before it goes to the dead-letter queue. */
	public static final int MAX_DELIVERY_ATTEMPTS = 100;

	private static final String ACCEPTOR = "langcov";

	/** How long a start waits for another broker on the same folder to let go of it. */
	private static final long LOCK_TIMEOUT_MILLIS = 2000;

	private final BrokerUrl url;

	private final Path folder;

	private EmbeddedActiveMQ embedded;

	/**
	 * A broker (not yet started) that listens at {@code url} and keeps its messages in {@code folder}.
	 */
	public BrokerServer(BrokerUrl url, Path folder) {
		this.url = url;
		this.folder = folder.toAbsolutePath();
	}

	/** The folder of the messages in an installation: {@code output/.langcov/broker/}. */
	public static Path folder(Path home) {
		return home.resolve("output").resolve(".langcov").resolve("broker");
	}

	/** The folder of the messages in this installation ({@code langcov.home}). */
	public static Path folder() {
		return folder(LangcovHome.get());
	}

	/**
	 * Starts the broker, and returns it.
	 * 
	 * @throws BrokerStartException
	 *             when it cannot listen at its URL (the port is in use, the host is not this machine's) or its folder
	 *             is in use by another broker or cannot be written, with a one-line message that says which
	 */
	public synchronized BrokerServer start() {
		if (this.embedded != null) {
			return this;
		}
		EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(configuration());
		try {
			server.start();
		} catch (Exception ex) {
			stopQuietly(server);
			throw failure(ex);
		}
		Acceptor acceptor = server.getActiveMQServer().getRemotingService().getAcceptor(ACCEPTOR);
		if (!server.getActiveMQServer().isActive() || acceptor == null || !acceptor.isStarted()) {
			stopQuietly(server);
			throw diagnosis();
		}
		this.embedded = server;
		logger.info("Broker listening on {}, messages kept in {}", url(), this.folder);
		return this;
	}

	/**
	 * Where the started broker listens, as a client's URL: the port is the one it got when the URL asked for port 0.
	 */
	public synchronized String url() {
		return new BrokerUrl(this.url.host(), port()).toString();
	}

	/** The port the started broker listens on; the URL's before it starts. */
	public synchronized int port() {
		if (this.embedded == null) {
			return this.url.port();
		}
		Acceptor acceptor = this.embedded.getActiveMQServer().getRemotingService().getAcceptor(ACCEPTOR);
		return (acceptor instanceof NettyAcceptor netty) ? netty.getActualPort() : this.url.port();
	}

	/** The folder of the journal, the bindings, the pages and the large messages. */
	public Path dataFolder() {
		return this.folder;
	}

	public synchronized boolean isStarted() {
		return this.embedded != null;
	}

	/**
	 * Stops the broker: the clients are disconnected, and what they had not acknowledged is kept for the next start.
	 */
	public synchronized void stop() {
		if (this.embedded != null) {
			EmbeddedActiveMQ server = this.embedded;
			this.embedded = null;
			try {
				server.stop();
				logger.info("Broker on {} stopped", this.url);
			} catch (Exception ex) {
				logger.warn("Broker on {} did not stop cleanly", this.url, ex);
			}
		}
	}

	@Override
	public void close() {
		stop();
	}

	private Configuration configuration() {
		Map<String, Object> params = new HashMap<>();
		params.put(TransportConstants.HOST_PROP_NAME, this.url.host());
		params.put(TransportConstants.PORT_PROP_NAME, this.url.port());
		params.put(TransportConstants.PROTOCOLS_PROP_NAME, "CORE");
		Configuration configuration = new ConfigurationImpl().setName("langcov").setSecurityEnabled(false)
				.setJMXManagementEnabled(false).setPersistenceEnabled(true).setJournalType(JournalType.NIO)
				.setJournalDirectory(this.folder.resolve("journal").toString())
				.setBindingsDirectory(this.folder.resolve("bindings").toString())
				.setPagingDirectory(this.folder.resolve("paging").toString())
				.setLargeMessagesDirectory(this.folder.resolve("large-messages").toString())
				.setNodeManagerLockDirectory(this.folder.toString())
				.setJournalLockAcquisitionTimeout(LOCK_TIMEOUT_MILLIS).addAcceptorConfiguration(
						new TransportConfiguration(NettyAcceptorFactory.class.getName(), params, ACCEPTOR));
		configuration.addAddressSetting("#",
				new AddressSettings().setRedeliveryDelay(0).setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
						.setAutoCreateQueues(true).setAutoCreateAddresses(true)
						.setDeadLetterAddress(SimpleString.of("DLQ")).setAutoCreateDeadLetterResources(true)
						// langcov's requests never expire; the address only silences the broker's warning at start
						.setExpiryAddress(SimpleString.of("ExpiryQueue")).setAutoCreateExpiryResources(true));
		return configuration;
	}

	/**
	 * Why a broker did not start, when Artemis only logged it: the address cannot be bound, or else the folder is held
	 * by another broker (or cannot be written).
	 */
	private BrokerStartException diagnosis() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(this.url.host(), this.url.port()));
		} catch (IOException ex) {
			return new BrokerStartException("cannot listen on " + this.url + ": " + ex.getMessage());
		}
		return new BrokerStartException(
				"cannot use its folder " + this.folder + ": another broker has it, or it cannot be written");
	}

	private BrokerStartException failure(Exception ex) {
		logger.error("Broker on {} could not start", this.url, ex);
		Throwable root = Causes.root(ex);
		if (root instanceof BindException) {
			return new BrokerStartException("cannot listen on " + this.url + ": " + root.getMessage());
		}
		String message = (root.getMessage() != null)
				? root.getMessage().lines().findFirst().orElse("")
				: root.getClass().getSimpleName();
		return new BrokerStartException(
				"could not start on " + this.url + " with its messages in " + this.folder + ": " + message);
	}

	private static void stopQuietly(EmbeddedActiveMQ server) {
		try {
			server.stop();
		} catch (Exception ex) {
			logger.debug("Broker that did not start did not stop either", ex);
		}
	}

	/** A broker that could not start, and why in one line. */
	public static final class BrokerStartException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		BrokerStartException(String message) {
			super(message);
		}

	}

}
