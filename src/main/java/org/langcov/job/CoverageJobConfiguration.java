package org.langcov.job;

import org.langcov.slot.InspectedSlot;
import org.langcov.slot.InspectionCache;
import org.langcov.check.PdfInspector;
import org.langcov.slot.Slot;
import org.langcov.slot.SlotInspector;
import org.langcov.check.TimedInspector;
import org.langcov.history.FileCache;
import org.langcov.history.RunRepository;
import org.langcov.history.StagedSlots;
import org.langcov.store.Store;
import org.langcov.system.TempFolder;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The coverage job at a glance: stage one row per slot from the register,
 * inspect the staged slots in chunks, write the reports from the database.
 */
@Configuration(proxyBeanMethods = false)
class CoverageJobConfiguration {

	static final String RUN = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job coverageJob(JobRepository jobRepository, Step stageSlots, Step inspectSlots, Step writeReports,
			RunLifecycleListener runLifecycleListener) {
		return new JobBuilder("coverage", jobRepository).listener(runLifecycleListener).start(stageSlots)
				.next(inspectSlots).next(writeReports).build();
	}

	@Bean
	Step stageSlots(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			StageSlotsTasklet stageSlotsTasklet) {
		return new StepBuilder("stageSlots", jobRepository).tasklet(stageSlotsTasklet, transactionManager).build();
	}

	@Bean
	Step inspectSlots(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<Slot> stagedSlotReader, SlotInspectionProcessor slotInspectionProcessor,
			ItemWriter<InspectedSlot> inspectedSlotWriter, ProgressListener progressListener,
			@Value("${langcov.chunk-size:200}") int chunkSize, ThreadPoolTaskExecutor inspectionExecutor) {
		ChunkOrientedStepBuilder<Slot, InspectedSlot> step = new StepBuilder("inspectSlots", jobRepository)
				.<Slot, InspectedSlot>chunk(chunkSize).transactionManager(transactionManager).reader(stagedSlotReader)
				.processor(slotInspectionProcessor).writer(inspectedSlotWriter)
				.listener((StepListener) progressListener);
		// Slots are read and their results written on the step's thread, in order and
		// once each;
		// only the inspection itself runs on the worker threads.
		if (inspectionExecutor.getMaxPoolSize() > 1) {
			step.taskExecutor(inspectionExecutor);
		}
		return step.build();
	}

	/**
	 * {@code langcov.parallelism} threads to inspect slots, by default one per
	 * core.
	 */
	@Bean
	ThreadPoolTaskExecutor inspectionExecutor(@Value("${langcov.parallelism:0}") int parallelism) {
		int threads = (parallelism > 0) ? parallelism : Runtime.getRuntime().availableProcessors();
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("inspect-");
		return executor;
	}

	/** The slots not yet inspected, a page at a time. */
	@Bean
	@StepScope
	JdbcPagingItemReader<Slot> stagedSlotReader(StagedSlots slots, @Value(RUN) long run) throws Exception {
		return slots.pendingReader("stagedSlotReader", run);
	}

	/**
	 * Inspects each slot's file within the job file's {@code file-timeout}; the
	 * store is the one the run recorded when it started.
	 */
	@Bean
	@StepScope
	SlotInspectionProcessor slotInspectionProcessor(RunRepository runs, FileCache fileCache, @Value(RUN) long run,
			@Value("#{jobParameters['" + CoverageRunner.FORCE + "']}") String force,
			@Value("#{jobParameters['jobFile']}") String jobFile, StoreSettings storeSettings) {
		Store store = storeSettings.open(runs.find(run).store(), jobFile);
		InspectionCache cache = Boolean.parseBoolean(force) ? InspectionCache.NONE : fileCache;
		TimedInspector inspection = new TimedInspector(new PdfInspector(TempFolder.streamCache()),
				FileTimeout.of(jobFile));
		return new SlotInspectionProcessor(new SlotInspector(store, inspection, cache), inspection);
	}

	/**
	 * Stores each slot's result, and remembers the files inspected for the next
	 * run.
	 */
	@Bean
	ItemWriter<InspectedSlot> inspectedSlotWriter(StagedSlots slots, FileCache fileCache) {
		JdbcBatchItemWriter<InspectedSlot> results = slots.resultWriter();
		return (chunk) -> {
			results.write(chunk);
			fileCache.remember(chunk.getItems());
		};
	}

	@Bean
	Step writeReports(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WriteReportsTasklet writeReportsTasklet) {
		return new StepBuilder("writeReports", jobRepository).tasklet(writeReportsTasklet, transactionManager).build();
	}

}
