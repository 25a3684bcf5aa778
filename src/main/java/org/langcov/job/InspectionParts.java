package org.langcov.job;

import org.langcov.history.FileCache;
import org.langcov.history.StagedSlots;
import org.langcov.slot.InspectedSlot;
import org.langcov.slot.InspectionCache;
import org.langcov.store.FolderStore;
import org.langcov.store.Store;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** How the inspect step's threads and writer are made. */
final class InspectionParts {

	private InspectionParts() {
	}

	/**
	 * {@code langcov.parallelism} threads to inspect slots, by default one per core and one more: the step's own thread
	 * reads and writes each chunk while they wait, and the one more keeps the cores busy meanwhile (bench/run.sh, 2
	 * cores: inspection 4.5 s with two threads, 4.1 s with three, 4.0 s with four).
	 */
	static ThreadPoolTaskExecutor executor(int parallelism) {
		int threads = (parallelism > 0) ? parallelism : defaultParallelism();
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("inspect-");
		return executor;
	}

	/**
	 * The cache the inspect step looks in: none with {@code --force}; for a folder store, its rows read at once when
	 * the step opens ({@link FileCache#under}).
	 *
	 * @param slots
	 *            how many slots the step has to inspect
	 */
	static InspectionCache cache(FileCache fileCache, Store store, long slots, boolean force) {
		if (force) {
			return InspectionCache.NONE;
		}
		return (store instanceof FolderStore folder) ? fileCache.under(folder.root(), slots) : fileCache;
	}

	/**
	 * Stores each slot's result, and remembers the files inspected for the next run.
	 */
	static ItemWriter<InspectedSlot> writer(StagedSlots slots, FileCache fileCache) {
		JdbcBatchItemWriter<InspectedSlot> results = slots.resultWriter();
		return (chunk) -> {
			results.write(chunk);
			fileCache.remember(chunk.getItems());
		};
	}

	/** One thread per core, and one more. */
	static int defaultParallelism() {
		return Runtime.getRuntime().availableProcessors() + 1;
	}

}
