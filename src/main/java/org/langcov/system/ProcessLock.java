package org.langcov.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.langcov.vocabulary.Causes;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Names the process that holds the database. The embedded database admits one process at a time; the one that has it
 * writes its process id here, so that a second one can say whom it is waiting for.
 */
@Component
public class ProcessLock {

	static Path file() {
		return LangcovHome.get().resolve("output/.langcov/langcov.pid");
	}

	@EventListener(ApplicationStartedEvent.class)
	public void hold() throws IOException {
		Files.createDirectories(file().getParent());
		Files.writeString(file(), String.valueOf(ProcessHandle.current().pid()));
	}

	@EventListener(ContextClosedEvent.class)
	public void release() throws IOException {
		if (holder().filter((pid) -> pid == ProcessHandle.current().pid()).isPresent()) {
			Files.deleteIfExists(file());
		}
	}

	/**
	 * The process that holds the database, when it wrote its id and is still alive: a process started after the id was
	 * written only has the number of one that died.
	 */
	public static Optional<Long> holder() {
		try {
			long pid = Long.parseLong(Files.readString(file()).trim());
			Instant written = Files.getLastModifiedTime(file()).toInstant();
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(
					(process) -> process.info().startInstant().map((started) -> !started.isAfter(written)).orElse(true))
					.map(ProcessHandle::pid);
		} catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Refuses at once to open an embedded database file that a live langcov process holds, rather than after the 10 s
	 * or more HSQLDB polls its lock file for (it cannot tell a holder that is alive from one that died sooner). A
	 * holder that died leaves the decision to HSQLDB, which takes over the lock once it is stale.
	 *
	 * @throws InUseException
	 *             when the database is a file and a live process holds it
	 */
	public static void checkFree(String url) {
		if (DatabaseUrl.embeddedFile(url)) {
			Optional<Long> holder = holder().filter((pid) -> pid != ProcessHandle.current().pid());
			if (holder.isPresent()) {
				throw new InUseException(holder.get());
			}
		}
	}

	/** Whether a start-up failure means another process has the database. */
	public static boolean inUse(Throwable failure) {
		// HSQLDB says "Database lock acquisition failure: lockFile: ... checkHeartbeat"
		return Causes.of(failure).stream()
				.anyMatch((cause) -> cause instanceof InUseException
						|| (cause.getMessage() != null && (cause.getMessage().contains("lock acquisition failure")
								|| cause.getMessage().contains("lockFile"))));
	}

	/** The database file is held by a live process. */
	public static final class InUseException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		InUseException(long holder) {
			super("the database is in use by process " + holder);
		}

	}

}
