package org.langcov.job;

import java.text.NumberFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Which hosts inspected a distributed run, for its summary line: {@code inspected by 2 workers on host h1 (1,800
 * slots)}, or {@code inspected by 5 workers on 2 hosts: a (12,000 slots), b (8,000 slots)}. Read from the partitions of
 * every execution of the run, where each worker wrote its host and process; the slots are the results each wrote.
 */
final class WorkerShares {

	private WorkerShares() {
	}

	/** The phrase, or empty for a run inspected in one process. */
	static String of(JobRepository jobRepository, long run) {
		JobInstance instance = jobRepository.getJobInstance(run);
		if (instance == null) {
			return "";
		}
		Map<String, Long> slots = new TreeMap<>();
		Set<String> workers = new HashSet<>();
		for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
			for (StepExecution partition : execution.getStepExecutions()) {
				String worker = partition.getStepName().startsWith(RemoteInspectionConfiguration.WORKER_STEP + ":")
						? partition.getExecutionContext().getString(PartitionSettings.HOST, null)
						: null;
				if (worker != null) {
					workers.add(worker);
					slots.merge(worker.substring(0, Math.max(0, worker.lastIndexOf(' '))), partition.getWriteCount(),
							Long::sum);
				}
			}
		}
		if (workers.isEmpty()) {
			return "";
		}
		NumberFormat number = NumberFormat.getIntegerInstance(Locale.ROOT);
		number.setGroupingUsed(true);
		StringBuilder phrase = new StringBuilder("inspected by ").append(workers.size())
				.append((workers.size() == 1) ? " worker" : " workers");
		if (slots.size() == 1) {
			Map.Entry<String, Long> host = slots.entrySet().iterator().next();
			return phrase.append(" on host ").append(host.getKey()).append(" (").append(number.format(host.getValue()))
					.append(" slots)").toString();
		}
		phrase.append(" on ").append(slots.size()).append(" hosts: ");
		String separator = "";
		for (Map.Entry<String, Long> host : slots.entrySet()) {
			phrase.append(separator).append(host.getKey()).append(" (").append(number.format(host.getValue()))
					.append(" slots)");
			separator = ", ";
		}
		return phrase.toString();
	}

}
