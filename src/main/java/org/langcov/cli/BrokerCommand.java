package org.langcov.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.langcov.remote.BrokerServer;
import org.langcov.remote.BrokerServer.BrokerStartException;
import org.langcov.remote.BrokerUrl;
import org.langcov.remote.BrokerUrl.BadBrokerUrlException;
import org.langcov.system.FileLogging;
import org.langcov.system.LangcovHome;

/**
 * {@code broker}: runs the broker until the process is told to stop. It needs no database, so it starts no application
 * context; the logs still go to the log file. A TERM or INT signal (Ctrl-C) stops the broker in a shutdown hook, which
 * then ends the process with status 0, since being stopped is how a broker is meant to end (the JVM would otherwise
 * report 143 or 130).
 */
class BrokerCommand {

	private final PrintStream out;

	private final PrintStream err;

	private final Map<String, String> environment;

	BrokerCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
		this.out = out;
		this.err = err;
		this.environment = environment;
	}

	/** Starts the broker and returns only if it could not start. */
	ExitCode run() {
		Runnable closeLogs = FileLogging.start();
		String configured = BrokerUrl.configured(this.environment);
		BrokerUrl url;
		try {
			url = BrokerUrl.parse(configured);
		} catch (BadBrokerUrlException ex) {
			this.err.println("langcov: " + ex.getMessage());
			closeLogs.run();
			return ExitCode.UNUSABLE;
		}
		BrokerServer server = new BrokerServer(url, BrokerServer.folder());
		try {
			server.start();
		} catch (BrokerStartException ex) {
			this.err.println("langcov: the broker " + ex.getMessage() + "; details in " + LangcovHome.logFile());
			closeLogs.run();
			return ExitCode.FAILURE;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.stop();
			this.out.flush();
			closeLogs.run();
			Runtime.getRuntime().halt(ExitCode.OK.code());
		}, "langcov-broker-stop"));
		this.out.println("langcov broker: listening on " + server.url() + " (messages kept in " + server.dataFolder()
				+ "); stop with Ctrl-C");
		this.out.flush();
		awaitStop();
		return ExitCode.OK;
	}

	/** Waits for the shutdown hook, which ends the process. */
	private static void awaitStop() {
		try {
			new CountDownLatch(1).await();
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
