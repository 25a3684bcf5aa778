/**
 * Beyond one machine: the Apache ActiveMQ Artemis broker that carries the partitions of a run from the {@code run}
 * process to the workers, for installations that have no broker of their own ({@code ./langcov broker}), and the
 * reading of {@code langcov.broker.url}. Nothing here knows the command line.
 */
package org.langcov.remote;
