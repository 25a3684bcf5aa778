package org.langcov.job;

import org.langcov.history.HistoryRetention;
import org.langcov.history.HistoryRetention.Pruned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Applies the retention ({@link HistoryRetention}): drops the detail of old runs from langcov's tables, and their job
 * instances from Spring Batch's, which nothing reads once a run is neither its session's latest nor its latest
 * completed one.
 */
@Component
public class Retention {

	private static final Logger logger = LoggerFactory.getLogger(Retention.class);

	private final HistoryRetention history;

	private final JobRepository jobRepository;

	public Retention(HistoryRetention history, JobRepository jobRepository) {
		this.history = history;
		this.jobRepository = jobRepository;
	}

	/**
	 * Prunes one session's runs, or every session's.
	 *
	 * @param session
	 *            the session id as its runs record it, or {@code null} for every session
	 */
	public Pruned prune(String session) {
		Pruned pruned = this.history.prune(session);
		for (long run : pruned.runs()) {
			JobInstance instance = this.jobRepository.getJobInstance(run);
			if (instance != null) {
				this.jobRepository.deleteJobInstance(instance);
			}
		}
		if (!pruned.runs().isEmpty()) {
			logger.info("Retention ({}): dropped the detail of {} runs{} started before {}, {} slot rows",
					this.history.retention(), pruned.runs().size(), (session != null) ? " of " + session : "",
					pruned.cutoff(), pruned.slots());
		}
		return pruned;
	}

	/** Prunes the session's runs after a run; a failure is logged, and the run's outcome stands. */
	void afterRun(String session) {
		try {
			prune(session);
		} catch (RuntimeException ex) {
			logger.warn("Retention: the runs of {} could not be pruned; the next run tries again", session, ex);
		}
	}

}
