package org.langcov.remote;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The messages of remote partitioning on the broker: one request per partition, on one queue, as text that names the
 * worker step and the partition's step execution ({@code inspectSlotsPartition 4711}), readable in any broker console
 * and free of Java serialisation. Workers read them into Spring Batch's {@link StepExecutionRequest}.
 */
public final class PartitionRequests {

	/** The queue of partition requests: every manager sends there, every worker takes from there. */
	public static final String QUEUE = "langcov.partitions";

	/**
	 * The message property that names the database of the run ({@code history.DatabaseIdentity}): workers select the
	 * requests of their own database only.
	 */
	public static final String DATABASE = "langcovDatabase";

	private PartitionRequests() {
	}

	/** The selector of the requests of one database. */
	static String selector(String database) {
		return DATABASE + " = '" + database.replace("'", "''") + "'";
	}

	static String text(StepExecutionRequest request) {
		return request.getStepName() + " " + request.getStepExecutionId();
	}

	/** The request a message's text names, or {@code null} when it names none. */
	static StepExecutionRequest request(String text) {
		String[] parts = (text != null) ? text.trim().split(" ") : new String[0];
		if (parts.length != 2) {
			return null;
		}
		try {
			return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
		} catch (NumberFormatException ex) {
			return null;
		}
	}

}
