package org.langcov.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.langcov.LangcovApplication;
import org.langcov.system.DatabaseUrl;
import org.langcov.system.EarlyDatabase;
import org.langcov.system.LangcovHome;
import org.langcov.system.ProcessLock;
import org.langcov.vocabulary.Causes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the application behind a command, or says in one line why it cannot.
 */
final class Application {

	private static final Logger logger = LoggerFactory.getLogger(Application.class);

	private Application() {
	}

	/**
	 * The started application, or {@code null} after printing why it could not start.
	 */
	static ConfigurableApplicationContext start(PrintStream err) {
		return start(err, true);
	}

	/**
	 * @param shutdownHook
	 *            whether the JVM's end closes the application (a worker closes it itself, after its chunk)
	 */
	static ConfigurableApplicationContext start(PrintStream err, boolean shutdownHook) {
		return start(err, shutdownHook, null, null);
	}

	/**
	 * As {@link #start(PrintStream)}, calling {@code warmUp} (which starts a thread of its own, to warm up while the
	 * application starts) once logging is set up, so that what it logs goes to the log file, never to the console;
	 * unless {@code langcov.warm-up} is {@code false}, the machine has one core, which the start itself keeps busy, or
	 * the heap is under {@link #WARM_UP_HEAP}.
	 */
	static ConfigurableApplicationContext start(PrintStream err, Runnable warmUp) {
		return start(err, true, warmUp, null);
	}

	/**
	 * As {@link #start(PrintStream, Runnable)}, with {@code early} given the connection that opens an embedded database
	 * while the application starts, to read on it ({@link EarlyDatabase#open(Environment, EarlyDatabase.Reading)}).
	 */
	static ConfigurableApplicationContext start(PrintStream err, Runnable warmUp, EarlyDatabase.Reading early) {
		return start(err, true, warmUp, early);
	}

	private static ConfigurableApplicationContext start(PrintStream err, boolean shutdownHook, Runnable warmUp,
			EarlyDatabase.Reading reading) {
		AtomicReference<String> url = new AtomicReference<>();
		AtomicReference<EarlyDatabase> early = new AtomicReference<>();
		SpringApplication application = application(shutdownHook, (environment) -> {
			url.set(environment.getProperty("spring.datasource.url"));
			ProcessLock.checkFree(url.get());
			early.set((reading != null) ? EarlyDatabase.open(environment, reading) : EarlyDatabase.open(environment));
			if (warmUp != null && warmsUp(environment, Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory())) {
				warmUp.run();
			}
		});
		try {
			return application.run();
		} catch (RuntimeException ex) {
			logger.error("langcov could not start", ex);
			if (ProcessLock.inUse(ex)) {
				String holder = ProcessLock.holder().map((pid) -> " (process " + pid + ")").orElse("");
				err.println("langcov: the database is in use by another langcov process" + holder
						+ "; run again when it has finished");
				return null;
			}
			if (DatabaseUrl.unreachable(ex)) {
				err.println("langcov: cannot open the database at " + DatabaseUrl.printable(url.get()) + ": "
						+ rootMessage(ex) + "; details in " + LangcovHome.logFile());
				return null;
			}
			err.println("langcov: could not start: " + rootMessage(ex) + "; details in " + LangcovHome.logFile());
			return null;
		} finally {
			if (early.get() != null) {
				early.get().close();
			}
		}
	}

	/**
	 * The application as every command starts it, and as the build's ahead-of-time processing sees it
	 * ({@link AheadOfTime}): once its settings are read, without the broker's client when there is no broker, started
	 * from the bean definitions that processing generated when it may be ({@link AheadOfTime#applies}), then
	 * {@code prepared} given the settings.
	 */
	static SpringApplication application(boolean shutdownHook, Consumer<ConfigurableEnvironment> prepared) {
		SpringApplication application = new SpringApplication(LangcovApplication.class);
		application.setRegisterShutdownHook(shutdownHook);
		application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) (event) -> {
			withoutBrokerClient(event.getEnvironment());
			if (AheadOfTime.applies(event.getEnvironment())) {
				AheadOfTime.use(event.getSpringApplication());
			}
			prepared.accept(event.getEnvironment());
		});
		return application;
	}

	/**
	 * Leaves the broker's client out of a process that has no broker to talk to ({@code langcov.broker.url} not set): a
	 * run on one machine, or {@code history}, would otherwise start Artemis' connection factory and Spring's JMS
	 * template for nothing, a tenth of a second of every start. A manager's run and a worker, which have a broker, keep
	 * them; exclusions already configured are kept too.
	 */
	static void withoutBrokerClient(ConfigurableEnvironment environment) {
		if (Remote.broker(environment) != null) {
			return;
		}
		String configured = environment.getProperty(EXCLUDE, "");
		String excluded = String.join(",", BROKER_CLIENT);
		environment.getPropertySources().addFirst(new MapPropertySource("langcovWithoutBroker",
				Map.of(EXCLUDE, configured.isBlank() ? excluded : configured + "," + excluded)));
	}

	private static final String EXCLUDE = "spring.autoconfigure.exclude";

	/** Whether a run warms up on a spare core while the application starts (default {@code true}). */
	static final String WARM_UP = "langcov.warm-up";

	/**
	 * The smallest heap a run warms up in: a heap kept small on purpose ({@code -Xmx128m}) is left whole to the run,
	 * the made-up reports' fonts and sheets being some tens of megabytes while they are written.
	 */
	static final long WARM_UP_HEAP = 192L << 20;

	/** Whether a run warms up, with these settings, cores and heap. */
	static boolean warmsUp(Environment environment, int cores, long maxMemory) {
		return environment.getProperty(WARM_UP, Boolean.class, true) && cores > 1 && maxMemory >= WARM_UP_HEAP;
	}

	/** The auto-configurations of the broker's client: Artemis' connection factory, and JMS on top of it. */
	static final List<String> BROKER_CLIENT = List.of(
			"org.springframework.boot.artemis.autoconfigure.ArtemisAutoConfiguration",
			"org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration");

	static String rootMessage(Throwable failure) {
		Throwable root = Causes.root(failure);
		return (root.getMessage() != null) ? root.getMessage().lines().findFirst().orElse("") : "unknown error";
	}

}
