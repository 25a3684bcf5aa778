package org.langcov.job;

import java.util.List;

import org.langcov.register.RegisterException;
import org.langcov.register.RegisterReader;
import org.langcov.register.Sessions;

/**
 * The runs a job file asks for, each one session's: the session the job names,
 * or, for a job without {@code session}, every session its register's Session
 * column names, in register order. Each is a run of its own, with its own
 * reports and history. The register is checked here, before any run starts, so
 * that a broken one is refused without leaving a failed run behind.
 */
public final class SessionPlan {

	/**
	 * @throws JobFileException
	 *             when the job names no session and the register names none either
	 * @throws RegisterException
	 *             when the register cannot be used at all
	 */
	public List<JobFile> runs(JobFile job) {
		if (job.session() != null) {
			RegisterReader.requireHeader(job.register(), job.sheet());
			return List.of(job);
		}
		// one streaming pass: the sessions are few, the register may be long
		Sessions.Found found = Sessions.find(job.register(), job.sheet());
		if (!found.column()) {
			throw new JobFileException(List.of(job.file() + ": key 'session' is required: the register "
					+ job.register() + " has no Session column"));
		}
		if (found.ids().isEmpty()) {
			throw new JobFileException(List.of(job.file() + ": key 'session' is required: the Session column of "
					+ job.register() + " names no session"));
		}
		return found.ids().stream().map(job::withSession).toList();
	}

}
