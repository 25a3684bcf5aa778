package org.langcov.history;

/**
 * How a run stands in {@code LC_RUN}: started (and, after a crash, left so until it is resumed), completed with its
 * reports written, or failed.
 */
public enum RunStatus {

	STARTED, COMPLETED, FAILED

}
