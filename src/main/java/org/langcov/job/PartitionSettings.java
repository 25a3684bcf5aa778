package org.langcov.job;

import java.time.Duration;

import org.langcov.history.SlotRange;
import org.langcov.store.WebLimits;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a worker needs to inspect a partition, kept in the partition's context as numbers and strings only: the run, its
 * slots, the store the run recorded and the job file's limits, so that a worker needs no copy of the job file.
 *
 * @param run
 *            the run's id
 * @param slots
 *            the partition's slot numbers
 * @param store
 *            the run's store: a folder (at the same path on every worker) or a web site
 */
record PartitionSettings(long run, SlotRange slots, String store, Duration fileTimeout, WebLimits limits) {

	static final String RUN = "run";

	static final String FIRST = "firstSlot";

	static final String LAST = "lastSlot";

	static final String STORE = "store";

	static final String FILE_TIMEOUT = "fileTimeoutMillis";

	static final String CONNECT_TIMEOUT = "connectTimeoutMillis";

	static final String READ_TIMEOUT = "readTimeoutMillis";

	static final String MAX_FILE_SIZE = "maxFileSize";

	static final String CONNECTIONS_PER_HOST = "connectionsPerHost";

	/** The partition's host and process, as its worker writes them when it starts. */
	static final String HOST = "inspectedOn";

	ExecutionContext context() {
		ExecutionContext context = new ExecutionContext();
		context.putLong(RUN, this.run);
		context.putLong(FIRST, this.slots.first());
		context.putLong(LAST, this.slots.last());
		context.putString(STORE, this.store);
		context.putLong(FILE_TIMEOUT, this.fileTimeout.toMillis());
		context.putLong(CONNECT_TIMEOUT, this.limits.connectTimeout().toMillis());
		context.putLong(READ_TIMEOUT, this.limits.readTimeout().toMillis());
		context.putLong(MAX_FILE_SIZE, this.limits.maxFileSize());
		context.putInt(CONNECTIONS_PER_HOST, this.limits.connectionsPerHost());
		return context;
	}

	static PartitionSettings of(ExecutionContext context) {
		return new PartitionSettings(context.getLong(RUN), new SlotRange(context.getLong(FIRST), context.getLong(LAST)),
				context.getString(STORE), Duration.ofMillis(context.getLong(FILE_TIMEOUT)),
				new WebLimits(Duration.ofMillis(context.getLong(CONNECT_TIMEOUT)),
						Duration.ofMillis(context.getLong(READ_TIMEOUT)), context.getLong(MAX_FILE_SIZE),
						context.getInt(CONNECTIONS_PER_HOST)));
	}

}
