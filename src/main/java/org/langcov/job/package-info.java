/**
 * A session's job: its job file (keys, defaults, problems named by key), the
 * runs it asks for (one per session: {@link org.langcov.job.SessionPlan}), and
 * the Spring Batch job that stages the register's slots, inspects them and
 * writes the reports.
 */
package org.langcov.job;
