package org.langcov.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions this process is running and how far each has come, for a process told to stop (Ctrl-C, a TERM signal) to
 * say where it stopped and what to clean up. Process-wide, as a signal is.
 */
public final class RunsUnderWay {

	private static final Map<String, UnderWay> RUNS = new ConcurrentHashMap<>();

	private RunsUnderWay() {
	}

	/**
	 * A session's run under way.
	 *
	 * @param output
	 *            the folder its reports go to
	 * @param done
	 *            slots inspected so far
	 * @param total
	 *            slots to inspect, or -1 before the inspection has started
	 */
	public record UnderWay(String session, Path output, long done, long total) {
	}

	/** The runs under way now, in no particular order. */
	public static List<UnderWay> now() {
		return List.copyOf(RUNS.values());
	}

	static void started(JobFile job) {
		RUNS.put(job.session(), new UnderWay(job.session(), job.output(), 0, -1));
	}

	static void inspected(String session, long done, long total) {
		RUNS.computeIfPresent(session, (key, run) -> new UnderWay(key, run.output(), done, total));
	}

	static void ended(JobFile job) {
		RUNS.remove(job.session());
	}

}
