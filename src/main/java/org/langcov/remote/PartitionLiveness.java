package org.langcov.remote;

/** Whether a worker, alive, is inspecting a partition (on PostgreSQL: holds its advisory lock). */
@FunctionalInterface
public interface PartitionLiveness {

	boolean inspected(long stepExecutionId);

}
