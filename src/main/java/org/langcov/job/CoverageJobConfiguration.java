package org.langcov.job;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.langcov.history.AdvisoryHostPermits;
import org.langcov.history.AvailabilityRecorder;
import org.langcov.history.FileCache;
import org.langcov.history.PlannerStatistics;
import org.langcov.history.RunRepository;
import org.langcov.history.StagedSlots;
import org.langcov.history.TimelinessRepository;
import org.langcov.remote.RemotePartitionHandler;
import org.langcov.slot.InspectedSlot;
import org.langcov.slot.InspectionCache;
import org.langcov.slot.Slot;
import org.langcov.store.HostPermits;
import org.langcov.store.Store;
import org.langcov.store.StoreFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The coverage job at a glance: stage one row per slot from the register, inspect the staged slots in chunks, write the
 * reports from the database.
 */
@Configuration(proxyBeanMethods = false)
class CoverageJobConfiguration {

	/** The run's id in langcov's tables: its job instance's id. */
	static final String RUN_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job coverageJob(JobRepository jobRepository, Step stageSlots, Step inspectSlots, Step writeReports,
			RunLifecycleListener runLifecycleListener) {
		return new JobBuilder("coverage", jobRepository).listener(runLifecycleListener).start(stageSlots)
				.next(inspectSlots).next(writeReports).build();
	}

	/**
	 * The run's job file for its session, read once per execution (a run resumed reads it again); a record, so not
	 * proxied: injected where the job is running.
	 */
	@Bean
	@Scope(value = "job", proxyMode = ScopedProxyMode.NO)
	JobFile jobFile(@Value("#{jobParameters['" + CoverageRunner.JOB_FILE + "']}") String file,
			@Value("#{jobParameters['" + CoverageRunner.SESSION + "']}") String session) {
		// a job without a session runs once per session of its register
		return new JobFileReader().read(Path.of(file)).withSession(session);
	}

	@Bean
	RunLifecycleListener runLifecycleListener(RunRepository runs, ObjectProvider<JobFile> jobFile) {
		return new RunLifecycleListener(runs, jobFile::getObject);
	}

	@Bean
	Step stageSlots(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			StageSlotsTasklet stageSlotsTasklet) {
		return new StepBuilder("stageSlots", jobRepository).tasklet(stageSlotsTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	StageSlotsTasklet stageSlotsTasklet(JobFile jobFile, StoreFactory stores, FileCache fileCache, RunRepository runs,
			TimelinessRepository timeliness, PlannerStatistics statistics,
			PlatformTransactionManager transactionManager,
			@Value("#{jobParameters['" + CoverageRunner.FORCE + "']}") String force) {
		Store store = stores.open(jobFile.documents(), jobFile.webLimits());
		// how many slots the register has is known only once it is read: the heap alone bounds what is held
		InspectionCache cache = InspectionParts.cache(fileCache, store, Integer.MAX_VALUE, Boolean.parseBoolean(force));
		return new StageSlotsTasklet(jobFile, store, cache, runs, timeliness, statistics, transactionManager);
	}

	/**
	 * Inspects the staged slots: here, on the inspection's threads, or, when {@code langcov.broker.url} is set, on the
	 * workers, in partitions sent through the broker ({@link RemoteInspectionConfiguration}).
	 */
	@Bean
	Step inspectSlots(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<Slot> stagedSlotReader, SlotInspectionProcessor slotInspectionProcessor,
			ItemWriter<InspectedSlot> inspectedSlotWriter, ProgressListener progressListener,
			@Value("${langcov.chunk-size:200}") int chunkSize, ThreadPoolTaskExecutor inspectionExecutor,
			ObjectProvider<RemotePartitionHandler> remote, ObjectProvider<Partitioner> slotRanges) {
		RemotePartitionHandler workers = remote.getIfAvailable();
		if (workers != null) {
			return new StepBuilder("inspectSlots", jobRepository)
					.partitioner(RemoteInspectionConfiguration.WORKER_STEP, slotRanges.getObject())
					.partitionHandler(workers).listener((StepExecutionListener) progressListener).build();
		}
		ChunkOrientedStepBuilder<Slot, InspectedSlot> step = new StepBuilder("inspectSlots", jobRepository)
				.<Slot, InspectedSlot>chunk(chunkSize).transactionManager(transactionManager).reader(stagedSlotReader)
				.processor(slotInspectionProcessor).writer(inspectedSlotWriter)
				.listener((StepListener) progressListener);
		// slots are read and their results written on the step's thread, in order and once each; only the inspection
		// itself runs on the worker threads
		if (inspectionExecutor.getMaxPoolSize() > 1) {
			step.taskExecutor(inspectionExecutor);
		}
		return step.build();
	}

	@Bean
	ThreadPoolTaskExecutor inspectionExecutor(@Value("${langcov.parallelism:0}") int parallelism) {
		return InspectionParts.executor(parallelism);
	}

	@Bean
	@StepScope
	JdbcPagingItemReader<Slot> stagedSlotReader(StagedSlots slots, @Value(RUN_ID) long run) throws Exception {
		return slots.pendingReader("stagedSlotReader", run);
	}

	/**
	 * Inspects each slot's file within the job file's {@code file-timeout}; the store is the one the run recorded when
	 * it started.
	 */
	@Bean
	@StepScope
	SlotInspectionProcessor slotInspectionProcessor(JobFile jobFile, StoreFactory stores, RunRepository runs,
			FileCache fileCache, StagedSlots slots, @Value(RUN_ID) long run,
			@Value("#{jobParameters['" + CoverageRunner.FORCE + "']}") String force) {
		Store store = stores.open(runs.find(run).store(), jobFile.webLimits());
		StagedSlots.Counts counts = slots.counts(run);
		InspectionCache cache = InspectionParts.cache(fileCache, store, counts.total() - counts.done(),
				Boolean.parseBoolean(force));
		return SlotInspectionProcessor.of(store, cache, jobFile.fileTimeout());
	}

	@Bean
	ItemWriter<InspectedSlot> inspectedSlotWriter(StagedSlots slots, FileCache fileCache) {
		return InspectionParts.writer(slots, fileCache);
	}

	@Bean
	ProgressListener progressListener(StagedSlots slots, @Value("${langcov.progress.interval:5s}") Duration interval,
			@Value("${langcov.progress:terminal}") ProgressListener.Mode mode) {
		return new ProgressListener(slots, interval, mode);
	}

	@Bean
	Step writeReports(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WriteReportsTasklet writeReportsTasklet) {
		return new StepBuilder("writeReports", jobRepository).tasklet(writeReportsTasklet, transactionManager).build();
	}

	@Bean
	WriteReportsTasklet writeReportsTasklet(RunRepository runs, AvailabilityRecorder availability,
			PlannerStatistics statistics, PlatformTransactionManager transactionManager) {
		return new WriteReportsTasklet(runs, availability, statistics, transactionManager);
	}

	@Bean
	StoreFactory storeFactory(@Value("${langcov.web.attempts:3}") int attempts,
			@Value("${langcov.web.retry-delay:2s}") String retryDelay,
			@Value("${langcov.web.max-retry-wait:2m}") String maxRetryWait,
			@Value("${langcov.version:unknown}") String version, HostPermits hostPermits) {
		return WebProperties.storeFactory(attempts, retryDelay, maxRetryWait, version, hostPermits);
	}

	/**
	 * {@code connections-per-host} across every process that shares the database: counted in it on PostgreSQL, in this
	 * process on an embedded database.
	 */
	@Bean
	HostPermits hostPermits(DataSource dataSource) {
		return AdvisoryHostPermits.forDatabase(dataSource);
	}

}
