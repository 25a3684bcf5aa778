package org.langcov.job;

import java.util.List;

import org.langcov.register.RegisterException;
import org.langcov.register.Sessions;

/**
 * The runs a job file asks for, each one session's: the session the job names, or, for a job without {@code session},
 * every session its register's Session column names, in register order. Each is a run of its own, with its own reports
 * and history.
 */
public final class SessionPlan {

	/**
	 * @throws JobFileException
	 *             when the job names no session and the register names none either
	 * @throws RegisterException
	 *             when the job names no session and its register cannot be used at all; a job naming its session learns
	 *             that in its run, which the history records
	 */
	public List<JobFile> runs(JobFile job) {
		if (job.session() != null) {
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
