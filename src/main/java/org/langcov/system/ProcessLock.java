package org.langcov.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
	 * The process that holds the database, when it wrote its id and is still alive.
	 */
	public static Optional<Long> holder() {
		try {
			long pid = Long.parseLong(Files.readString(file()).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
		} catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Whether a start-up failure means another process has the database. */
	public static boolean inUse(Throwable failure) {
		// HSQLDB says "Database lock acquisition failure: lockFile: ... checkHeartbeat"
		return Causes.of(failure).stream().map(Throwable::getMessage).anyMatch((message) -> message != null
				&& (message.contains("lock acquisition failure") || message.contains("lockFile")));
	}

}
