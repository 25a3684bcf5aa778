package org.langcov.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.langcov.store.Store;

/**
 * What is allowed but probably not meant, each said in one line beginning {@code warning:} and naming the file; the run
 * goes on. One instance per command, as it remembers the sessions it has seen, to spot two job files naming the same
 * one.
 */
public final class JobWarnings {

	/** Sessions seen so far, by their upper case, with the job file that named each first. */
	private final Map<String, Path> sessions = new LinkedHashMap<>();

	/** What looks wrong with the job file on its own. */
	public static List<String> of(JobFile job) {
		List<String> warnings = new ArrayList<>();
		outputInStore(job).ifPresent(warnings::add);
		return warnings;
	}

	/**
	 * The warning for a session another job file of the same command named already, or empty. A job file running the
	 * same session again (a job without {@code session} lists each once) is not warned about.
	 */
	public Optional<String> session(JobFile job) {
		Path first = this.sessions.putIfAbsent(job.session().toUpperCase(Locale.ROOT), job.file());
		if (first == null || first.equals(job.file())) {
			return Optional.empty();
		}
		return Optional.of("warning: " + job.file() + ": session " + job.session() + " is also named by " + first
				+ ", so it runs twice and the later run's reports are the ones kept");
	}

	/**
	 * A register open in Excel has a lock file beside it, {@code ~$} and its name (Excel writes {@code ~$} over the
	 * first two characters of a long name): what langcov reads is the last saved version, not what is on the screen.
	 */
	public static Optional<String> registerOpen(Path register) {
		Path folder = register.getParent();
		String name = String.valueOf(register.getFileName());
		List<String> locks = new ArrayList<>(List.of("~$" + name));
		if (name.length() > 2) {
			locks.add("~$" + name.substring(2));
		}
		for (String lock : locks) {
			if (folder != null && Files.exists(folder.resolve(lock))) {
				return Optional.of("warning: " + register + ": the register is open in Excel (" + lock
						+ " is beside it): langcov reads it as last saved, so save it before a run");
			}
		}
		return Optional.empty();
	}

	/**
	 * Reports written inside a folder store sit among the documents it checks, and a store is often a share other
	 * people read.
	 */
	private static Optional<String> outputInStore(JobFile job) {
		if (job.documents() == null || job.output() == null || Store.isWeb(job.documents())) {
			return Optional.empty();
		}
		Path store = Path.of(job.documents()).toAbsolutePath().normalize();
		if (!job.output().toAbsolutePath().normalize().startsWith(store)) {
			return Optional.empty();
		}
		return Optional.of("warning: " + job.file() + ": key 'output': the folder " + job.output()
				+ " is inside the store " + store + ", so the reports sit among the documents; keep them apart");
	}

}
