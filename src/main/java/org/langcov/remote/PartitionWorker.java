package org.langcov.remote;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * A worker's side of remote partitioning: takes a partition request from the broker's queue and has Spring Batch's
 * {@link StepExecutionRequestHandler} run the partition's step execution from the shared job repository, with the
 * partition's lock held, so that a second copy of the request (redelivered by the broker when a worker's connection
 * died, or sent again by the manager) runs nothing twice:
 * <ul>
 * <li>a request whose lock another worker holds, whose partition has ended, or whose run is over, is dropped;</li>
 * <li>a partition left {@code STARTED} by a worker that died, or {@code STOPPED} by one that was asked to leave, is run
 * again: its reader reads only the slots not yet committed.</li>
 * </ul>
 * The listener is called on a transacted session: a worker that dies mid-partition never acknowledges its request, and
 * the broker hands it to another worker. Asked to leave ({@link #stopAfterChunk()}), the running partition ends after
 * its current chunk, {@code STOPPED}, and the manager asks for the rest again.
 */
public class PartitionWorker implements MessageListener, StepExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(PartitionWorker.class);

	private final JobRepository jobRepository;

	private final StepExecutionRequestHandler handler;

	private final LongFunction<Optional<? extends AutoCloseable>> locks;

	private final AtomicReference<StepExecution> running = new AtomicReference<>();

	private volatile boolean leaving;

	/**
	 * @param locks
	 *            a partition's lock by its step execution id, or nothing when another worker holds it
	 */
	public PartitionWorker(JobRepository jobRepository, StepExecutionRequestHandler handler,
			LongFunction<Optional<? extends AutoCloseable>> locks) {
		this.jobRepository = jobRepository;
		this.handler = handler;
		this.locks = locks;
	}

	@Override
	public void onMessage(Message message) {
		if (this.leaving) {
			// not acknowledged: the broker hands it to another worker
			throw new IllegalStateException("this worker is leaving");
		}
		StepExecutionRequest request = request(message);
		if (request == null) {
			logger.warn("Dropped a message that is no partition request: {}", message);
			return;
		}
		Optional<? extends AutoCloseable> lock = this.locks.apply(request.getStepExecutionId());
		if (lock.isEmpty()) {
			logger.info("Dropped a second request for step execution {}: another worker is inspecting it",
					request.getStepExecutionId());
			return;
		}
		try (AutoCloseable held = lock.get()) {
			run(request);
		} catch (RuntimeException ex) {
			throw ex;
		} catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void run(StepExecutionRequest request) {
		StepExecution partition = this.jobRepository.getStepExecution(request.getStepExecutionId());
		if (partition == null) {
			logger.warn("Dropped a request for step execution {}, which this database does not have: is this worker"
					+ " on the manager's database?", request.getStepExecutionId());
			return;
		}
		BatchStatus status = partition.getStatus();
		JobExecution job = partition.getJobExecution();
		if (!(status.isRunning() || status == BatchStatus.STOPPED) || !job.getStatus().isRunning()) {
			logger.info("Dropped a request for {} (step execution {}): it is {}, its run {}", partition.getStepName(),
					partition.getId(), status, job.getStatus());
			return;
		}
		logger.info("Inspecting {} (step execution {}) of run {}", partition.getStepName(), partition.getId(),
				job.getJobInstance().getInstanceId());
		StepExecution ended = this.handler.handle(request);
		logger.info("{} (step execution {}) ended {}: {} slots written", ended.getStepName(), ended.getId(),
				ended.getStatus(), ended.getWriteCount());
	}

	/**
	 * A consumer of the queue of partition requests of this worker's database ({@code history.DatabaseIdentity}), not
	 * yet started: one request at a time, in a transacted session, so that a request is acknowledged only when its
	 * partition has ended and one whose worker died goes to another.
	 */
	public DefaultMessageListenerContainer consumer(ConnectionFactory connectionFactory, String database) {
		DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
		container.setConnectionFactory(connectionFactory);
		container.setDestinationName(PartitionRequests.QUEUE);
		container.setMessageSelector(PartitionRequests.selector(database));
		container.setMessageListener(this);
		container.setSessionTransacted(true);
		container.setConcurrentConsumers(1);
		container.setMaxConcurrentConsumers(1);
		container.setAutoStartup(false);
		container.setRecoveryInterval(2000);
		container.setBeanName("partitionRequests");
		container.afterPropertiesSet();
		return container;
	}

	/**
	 * The worker's connections to the broker: without a client-side buffer of messages ({@code consumerWindowSize=0}),
	 * so that a worker holds no request but the one it inspects, and a worker that starts late, or one that is faster,
	 * gets the requests waiting in the queue rather than those a slower worker would have buffered.
	 */
	public static ConnectionFactory connectionFactory(String brokerUrl) {
		try {
			ActiveMQConnectionFactory connections = new ActiveMQConnectionFactory(brokerUrl);
			connections.setConsumerWindowSize(0);
			return connections;
		} catch (RuntimeException ex) {
			throw new IllegalArgumentException(
					"langcov.broker.url '" + brokerUrl + "' is not a broker address: " + ex.getMessage(), ex);
		}
	}

	/** Ends the partition being inspected after its current chunk, and takes no more requests. */
	public void stopAfterChunk() {
		this.leaving = true;
		StepExecution partition = this.running.get();
		if (partition != null) {
			partition.setTerminateOnly();
		}
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.running.set(stepExecution);
		if (this.leaving) {
			stepExecution.setTerminateOnly();
		}
	}

	@Override
	public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
		this.running.compareAndSet(stepExecution, null);
		return null;
	}

	private static StepExecutionRequest request(Message message) {
		try {
			return (message instanceof TextMessage text) ? PartitionRequests.request(text.getText()) : null;
		} catch (JMSException ex) {
			return null;
		}
	}

}
