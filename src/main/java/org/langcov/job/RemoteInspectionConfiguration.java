package org.langcov.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.langcov.check.Inspection;
import org.langcov.history.DatabaseIdentity;
import org.langcov.history.FileCache;
import org.langcov.history.PartitionLocks;
import org.langcov.history.StagedSlots;
import org.langcov.remote.PartitionWorker;
import org.langcov.remote.RemotePartitionHandler;
import org.langcov.slot.InspectedSlot;
import org.langcov.slot.InspectionCache;
import org.langcov.slot.Slot;
import org.langcov.store.Store;
import org.langcov.store.StoreFactory;
import org.langcov.store.UnreadableStore;
import org.langcov.system.HostName;
import org.langcov.vocabulary.Status;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The inspection beyond one machine, when {@code langcov.broker.url} is set: the manager's partition handler (the
 * {@code run} process) and the workers' step, listener and queue consumer ({@code ./langcov worker}). The worker step
 * is the inspect step of one process, reading one partition's slots, with the store and limits the partition carries.
 */
@Configuration(proxyBeanMethods = false)
// set and not blank: an empty LANGCOV_BROKER_URL means one process, as none does
@ConditionalOnExpression("!'${langcov.broker.url:}'.isBlank()")
class RemoteInspectionConfiguration {

	/** The step each worker runs for a partition. */
	static final String WORKER_STEP = "inspectSlotsPartition";

	static final String HOST = HostName.get();

	@Bean
	RemotePartitionHandler remotePartitionHandler(JmsTemplate jmsTemplate, JobRepository jobRepository,
			PartitionLocks partitionLocks, ProgressListener progressListener, DatabaseIdentity database,
			@Value("${langcov.broker.url}") String broker,
			@Value("${langcov.broker.poll-interval:1s}") String pollInterval,
			@Value("${langcov.broker.worker-wait:5m}") String workerWait) {
		return new RemotePartitionHandler(jmsTemplate, jobRepository, WORKER_STEP, partitionLocks::held,
				Quantities.duration(pollInterval), Quantities.duration(workerWait), broker, progressListener::polled,
				database::id);
	}

	@Bean
	@StepScope
	Partitioner slotRanges(StagedSlots slots, JobFile jobFile, org.langcov.history.RunRepository runs,
			@Value(CoverageJobConfiguration.RUN_ID) long run, @Value("${langcov.broker.partitions:0}") int partitions) {
		return new SlotRanges(slots, run, runs.find(run).store(), jobFile, partitions);
	}

	@Bean
	Step inspectSlotsPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<Slot> partitionSlotReader, SlotInspectionProcessor partitionProcessor,
			ItemWriter<InspectedSlot> inspectedSlotWriter, PartitionWorker partitionWorker,
			@Value("${langcov.chunk-size:200}") int chunkSize, ThreadPoolTaskExecutor inspectionExecutor) {
		ChunkOrientedStepBuilder<Slot, InspectedSlot> step = new StepBuilder(WORKER_STEP, jobRepository)
				.<Slot, InspectedSlot>chunk(chunkSize).transactionManager(transactionManager)
				.reader(partitionSlotReader).processor(partitionProcessor).writer(inspectedSlotWriter)
				.listener((StepExecutionListener) partitionWorker).listener(new HostListener());
		if (inspectionExecutor.getMaxPoolSize() > 1) {
			step.taskExecutor(inspectionExecutor);
		}
		return step.build();
	}

	@Bean
	@StepScope
	JdbcPagingItemReader<Slot> partitionSlotReader(StagedSlots slots,
			@Value("#{stepExecution.executionContext}") org.springframework.batch.infrastructure.item.ExecutionContext context)
			throws Exception {
		PartitionSettings partition = PartitionSettings.of(context);
		return slots.pendingReader("partitionSlotReader", partition.run(), partition.slots());
	}

	/** Inspects a partition's slots in the store it names; a folder this machine cannot see makes them UNREADABLE. */
	@Bean
	@StepScope
	SlotInspectionProcessor partitionProcessor(StoreFactory stores, FileCache fileCache,
			@Value("#{stepExecution.executionContext}") org.springframework.batch.infrastructure.item.ExecutionContext context,
			@Value("#{jobParameters['" + CoverageRunner.FORCE + "']}") String force) {
		PartitionSettings partition = PartitionSettings.of(context);
		Store store = store(stores, partition);
		InspectionCache cache = InspectionParts.cache(fileCache, store,
				partition.slots().last() - partition.slots().first() + 1, Boolean.parseBoolean(force));
		return SlotInspectionProcessor.of(store, cache, partition.fileTimeout(),
				RemoteInspectionConfiguration::onThisHost);
	}

	/**
	 * An UNREADABLE slot's detail says on which host it could not be read: a worker may lack a share, a permission or a
	 * route that the others have.
	 */
	static InspectedSlot onThisHost(InspectedSlot slot) {
		Inspection inspection = slot.inspection();
		if (inspection.status() != Status.UNREADABLE || inspection.detail().contains(" on host " + HOST)) {
			return slot;
		}
		return new InspectedSlot(slot.slot(), slot.location(),
				inspection.withDetail(inspection.detail() + " (on host " + HOST + ")"), slot.file(),
				slot.fileInspection(), slot.address(), slot.validators());
	}

	static Store store(StoreFactory stores, PartitionSettings partition) {
		if (!Store.isWeb(partition.store()) && !Files.isDirectory(Path.of(partition.store()))) {
			return new UnreadableStore("the store " + partition.store() + " cannot be read on host " + HOST
					+ (Files.exists(Path.of(partition.store())) ? "" : " (no such folder there)"));
		}
		return stores.open(partition.store(), partition.limits());
	}

	@Bean
	PartitionWorker partitionWorker(JobRepository jobRepository, PartitionLocks partitionLocks,
			org.springframework.beans.factory.BeanFactory beanFactory) {
		BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
		steps.setBeanFactory(beanFactory);
		StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
		handler.setJobRepository(jobRepository);
		handler.setStepLocator(steps);
		return new PartitionWorker(jobRepository, handler, (id) -> partitionLocks.tryTake(id));
	}

	/** Writes the host and process that inspect a partition into its context, for the manager's summary. */
	static final class HostListener implements StepExecutionListener {

		@Override
		public void beforeStep(StepExecution stepExecution) {
			stepExecution.getExecutionContext().putString(PartitionSettings.HOST,
					HOST + " " + ProcessHandle.current().pid());
		}

	}

}
