package org.langcov.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

import org.langcov.history.DatabaseIdentity;
import org.langcov.remote.PartitionWorker;
import org.langcov.system.DatabaseUrl;
import org.langcov.system.HostName;
import org.langcov.system.LangcovHome;
import org.langcov.system.TempFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * {@code worker}: inspects partitions of runs started on other machines, one at a time, until stopped. Stopped
 * (SIGTERM, Ctrl-C), it ends the partition it is inspecting after the current chunk, and the run's manager has the rest
 * inspected by another worker.
 */
class WorkerCommand {

	private static final Logger logger = LoggerFactory.getLogger(WorkerCommand.class);

	private final PrintStream out;

	private final PrintStream err;

	WorkerCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run() {
		ConfigurableApplicationContext context = Application.start(this.err, false);
		if (context == null) {
			return ExitCode.FAILURE;
		}
		Environment environment = context.getEnvironment();
		String broker = Remote.broker(environment);
		String database = environment.getProperty("spring.datasource.url", "");
		if (broker == null) {
			context.close();
			this.err.println("langcov worker: no broker: set langcov.broker.url (or LANGCOV_BROKER_URL) to the"
					+ " broker's address, as tcp://broker:61616");
			return ExitCode.UNUSABLE;
		}
		String unshared = Remote.unsharedDatabase(environment);
		if (unshared != null) {
			context.close();
			this.err.println("langcov worker: " + unshared);
			return ExitCode.UNUSABLE;
		}
		ConnectionFactory connections;
		try {
			connections = PartitionWorker.connectionFactory(broker);
		} catch (IllegalArgumentException ex) {
			context.close();
			this.err.println("langcov worker: " + ex.getMessage());
			return ExitCode.UNUSABLE;
		}
		String unreachable = reach(connections);
		if (unreachable != null) {
			context.close();
			this.err.println("langcov worker: cannot reach the broker at " + broker + ": " + unreachable
					+ "; details in " + LangcovHome.logFile());
			return ExitCode.FAILURE;
		}
		TempFolder temporaryFiles;
		try {
			temporaryFiles = TempFolder.open();
		} catch (IOException ex) {
			context.close();
			this.err.println("langcov worker: " + ex.getMessage());
			return ExitCode.FAILURE;
		}
		PartitionWorker worker = context.getBean(PartitionWorker.class);
		DefaultMessageListenerContainer consumer = worker.consumer(connections,
				context.getBean(DatabaseIdentity.class).id());
		// the shutdown hook ends the process once the partition being inspected has stopped
		CountDownLatch never = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			logger.info("Worker asked to stop: ending its partition after the current chunk");
			worker.stopAfterChunk();
			consumer.shutdown();
			context.close();
			temporaryFiles.close();
			this.out.flush();
			// stopped as asked, with nothing lost: a clean end
			Runtime.getRuntime().halt(ExitCode.OK.code());
		}, "langcov-worker-stop"));
		consumer.start();
		this.out.println("langcov worker: host " + HostName.get() + ", process " + ProcessHandle.current().pid()
				+ ": inspecting partitions from " + broker + " for the database at " + DatabaseUrl.printable(database)
				+ "; stop with Ctrl-C");
		this.out.flush();
		logger.info("Worker started: broker {}, database {}", broker, DatabaseUrl.printable(database));
		try {
			never.await();
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return ExitCode.OK;
	}

	/** Why the broker cannot be reached, or {@code null} when it can. */
	private static String reach(ConnectionFactory connections) {
		try (Connection connection = connections.createConnection()) {
			return null;
		} catch (JMSException | RuntimeException ex) {
			logger.error("The broker cannot be reached", ex);
			return Application.rootMessage(ex);
		}
	}

}
