package org.langcov.remote;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.jms.Message;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.jms.core.JmsTemplate;

/**
 * The manager's side of remote partitioning: sends one request per partition to the broker's queue, then reads the
 * partitions' ends from the shared job repository, as Spring Batch's polling {@code MessageChannelPartitionHandler}
 * does, and also looks after what it leaves alone:
 * <ul>
 * <li>a partition whose worker died ({@code STARTED}, its lock free on two looks in a row) or that a worker stopped
 * when it was asked to leave ({@code STOPPED}) is asked for again, so that another worker inspects its slots not yet
 * committed;</li>
 * <li>when no worker has taken or advanced any partition for {@code patience}, the wait ends: the partitions not done
 * are marked {@code FAILED}, so that the next run restarts them, and the step fails with a {@link NoWorkerException}
 * that says so. The wait is never endless.</li>
 * </ul>
 */
public class RemotePartitionHandler extends AbstractPartitionHandler {

	private static final Logger logger = LoggerFactory.getLogger(RemotePartitionHandler.class);

	private final JmsTemplate jms;

	private final JobRepository jobRepository;

	private final String workerStep;

	private final PartitionLiveness liveness;

	private final Duration pollInterval;

	private final Duration patience;

	private final String broker;

	private final Consumer<StepExecution> onPoll;

	private final Supplier<String> database;

	/**
	 * @param workerStep
	 *            the name of the step the workers run for each partition
	 * @param broker
	 *            the broker's address, for the message when no worker answers
	 * @param onPoll
	 *            called after each look at the partitions (the run's progress)
	 * @param database
	 *            the database's id, which the requests carry for the workers of that database
	 */
	public RemotePartitionHandler(JmsTemplate jms, JobRepository jobRepository, String workerStep,
			PartitionLiveness liveness, Duration pollInterval, Duration patience, String broker,
			Consumer<StepExecution> onPoll, Supplier<String> database) {
		this.database = database;
		this.jms = jms;
		this.jobRepository = jobRepository;
		this.workerStep = workerStep;
		this.liveness = liveness;
		this.pollInterval = pollInterval;
		this.patience = patience;
		this.broker = broker;
		this.onPoll = onPoll;
	}

	@Override
	protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
		if (partitions.isEmpty()) {
			return partitions;
		}
		Map<Long, String> names = new LinkedHashMap<>();
		for (StepExecution partition : partitions) {
			names.put(partition.getId(), partition.getStepName());
			send(partition.getId());
		}
		logger.info("Sent {} partitions of {} to the workers through {}", partitions.size(), manager.getStepName(),
				this.broker);
		Map<Long, String> seen = new HashMap<>();
		Map<Long, Integer> askedAgainAt = new HashMap<>();
		Set<Long> unattended = new HashSet<>();
		Instant lastSign = Instant.now();
		while (true) {
			Thread.sleep(this.pollInterval.toMillis());
			Map<Long, StepExecution> current = current(manager, names.keySet());
			boolean sign = false;
			Set<StepExecution> ended = new HashSet<>();
			for (StepExecution partition : current.values()) {
				long id = partition.getId();
				String state = partition.getStatus() + " " + partition.getVersion() + " " + partition.getWriteCount();
				sign |= !state.equals(seen.put(id, state)) && partition.getStatus() != BatchStatus.STARTING;
				BatchStatus status = partition.getStatus();
				if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.ABANDONED
						|| status == BatchStatus.UNKNOWN) {
					ended.add(partition);
				} else if (status == BatchStatus.STOPPED) {
					askAgain(partition, askedAgainAt, "was stopped by its worker");
				} else if (status == BatchStatus.STARTED) {
					if (this.liveness.inspected(id)) {
						sign = true;
						unattended.remove(id);
					} else if (!unattended.add(id)) {
						// free on two looks in a row: its worker is gone
						askAgain(partition, askedAgainAt, "lost its worker");
					}
				}
			}
			this.onPoll.accept(manager);
			if (ended.size() == names.size()) {
				return ended;
			}
			Instant now = Instant.now();
			if (sign) {
				lastSign = now;
			} else if (Duration.between(lastSign, now).compareTo(this.patience) >= 0) {
				throw giveUp(current.values(), names.size() - ended.size());
			}
		}
	}

	private void send(long stepExecutionId) {
		String text = PartitionRequests.text(new StepExecutionRequest(this.workerStep, stepExecutionId));
		String database = this.database.get();
		this.jms.send(PartitionRequests.QUEUE, (session) -> {
			Message message = session.createTextMessage(text);
			message.setStringProperty(PartitionRequests.DATABASE, database);
			return message;
		});
	}

	/** Sends a partition's request again, once for each state it is found in. */
	private void askAgain(StepExecution partition, Map<Long, Integer> askedAgainAt, String why) {
		Integer version = partition.getVersion();
		if (version != null && version.equals(askedAgainAt.get(partition.getId()))) {
			return;
		}
		askedAgainAt.put(partition.getId(), version);
		logger.info("Asking again for {} (step execution {}), which {}", partition.getStepName(), partition.getId(),
				why);
		send(partition.getId());
	}

	private Map<Long, StepExecution> current(StepExecution manager, Set<Long> ids) {
		JobExecution job = this.jobRepository.getJobExecution(manager.getJobExecutionId());
		Map<Long, StepExecution> current = new LinkedHashMap<>();
		for (StepExecution execution : job.getStepExecutions()) {
			if (ids.contains(execution.getId())) {
				current.put(execution.getId(), execution);
			}
		}
		return current;
	}

	/** {@code 2m}, {@code 90s}, {@code 500ms}, as job files write them. */
	static String shown(Duration duration) {
		long millis = duration.toMillis();
		if (millis % 60_000 == 0) {
			return (millis / 60_000) + "m";
		}
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	/** Marks the partitions not done as failed, so that a restart takes them up again, and says why. */
	private NoWorkerException giveUp(Iterable<StepExecution> partitions, int left) {
		String message = "no worker took or advanced any of the run's partitions for " + shown(this.patience) + " ("
				+ left + " not done; broker " + this.broker
				+ "): start ./langcov worker where the broker, this run's database and its stores can be reached;"
				+ " the next run resumes this one";
		for (StepExecution partition : partitions) {
			if (partition.getStatus().isRunning() || partition.getStatus() == BatchStatus.STOPPED) {
				partition.setStatus(BatchStatus.FAILED);
				partition.setExitStatus(ExitStatus.FAILED.addExitDescription(message));
				partition.setEndTime(java.time.LocalDateTime.now());
				this.jobRepository.update(partition);
			}
		}
		logger.warn("Run not inspected: {}", message);
		return new NoWorkerException(message);
	}

}
