/**
 * A session's job: its job file (keys, defaults, problems named by key), the runs it asks for (one per session:
 * {@link org.langcov.job.SessionPlan}), and the Spring Batch job that stages the register's slots, inspects them and
 * writes the reports, every step, tasklet and listener of it a bean of {@code CoverageJobConfiguration}. It keeps no
 * SQL: langcov's tables are {@code history}'s.
 */
package org.langcov.job;
