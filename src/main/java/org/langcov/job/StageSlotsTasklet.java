package org.langcov.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.langcov.history.PlannerStatistics;
import org.langcov.history.RunRepository;
import org.langcov.history.TimelinessRepository;
import org.langcov.register.RegisterInterpreter;
import org.langcov.register.RegisterReader;
import org.langcov.slot.InspectionCache;
import org.langcov.slot.SlotInspector;
import org.langcov.register.RegisterYield;
import org.langcov.store.Store;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the register and stages one row per slot. Each batch commits in a transaction of its own: the database holds an
 * open transaction's rows in memory, so one transaction for the whole register made memory grow with it. A run that
 * fails here clears what it staged, and staging again starts clean.
 */
class StageSlotsTasklet implements Tasklet {

	private final JobFile job;

	private final Store store;

	private final RunRepository runs;

	private final TimelinessRepository timeliness;

	private final PlannerStatistics statistics;

	private final TransactionTemplate ownTransaction;

	private final SlotInspector lookups;

	/**
	 * @param job
	 *            the run's job file, for one session
	 * @param store
	 *            its store, for the rule that no location leaves it
	 * @param cache
	 *            what earlier runs learnt of the store's files: a slot whose file it knows unchanged, or that has no
	 *            file, is staged with its result ({@link SlotInspector#withoutOpening}), and not inspected
	 */
	StageSlotsTasklet(JobFile job, Store store, InspectionCache cache, RunRepository runs,
			TimelinessRepository timeliness, PlannerStatistics statistics, PlatformTransactionManager transactions) {
		this.lookups = new SlotInspector(store, cache);
		this.job = job;
		this.store = store;
		this.runs = runs;
		this.timeliness = timeliness;
		this.statistics = statistics;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution execution = contribution.getStepExecution().getJobExecution();
		JobParameters parameters = execution.getJobParameters();
		long run = execution.getJobInstance().getInstanceId();
		inOwnTransaction(() -> {
			this.runs.clearStaged(run);
			this.timeliness.stage(run, asOf(parameters), this.job.opens());
		});
		RegisterInterpreter interpreter = new RegisterInterpreter(this.job.languages(), this.job.expect(),
				this.job.dateOrder());
		try (SlotStager stager = new SlotStager(run, this.job, this.store, this.runs, this.timeliness,
				this::inOwnTransaction, this.lookups::withoutOpening)) {
			RegisterYield yield = new RegisterYield(this.job.register(), this.job.session(),
					(row) -> stager.accept(interpreter.interpret(row)));
			try {
				RegisterReader.forFile(this.job.register()).read(this.job.register(), this.job.sheet(), yield);
				stager.finish();
				if (stager.staged() == 0) {
					throw yield.noDocument(stager.firstRejection());
				}
			} catch (RuntimeException ex) {
				// nothing is being stored any more when what was stored is cleared
				stager.close();
				inOwnTransaction(() -> this.runs.clearStaged(run));
				throw ex;
			}
		}
		// the inspection reader's plan is made from these: without them, PostgreSQL sees a run just staged as one row
		inOwnTransaction(this.statistics::refresh);
		return RepeatStatus.FINISHED;
	}

	private void inOwnTransaction(Runnable work) {
		this.ownTransaction.executeWithoutResult((status) -> work.run());
	}

	/**
	 * A run started before langcov judged timeliness, resumed now, has no as-of day: its own day stands in.
	 */
	private static LocalDate asOf(JobParameters parameters) {
		String asOf = parameters.getString(CoverageRunner.AS_OF);
		return (asOf != null)
				? LocalDate.parse(asOf)
				: LocalDate.ofInstant(Instant.parse(parameters.getString(CoverageRunner.STARTED)),
						ZoneId.systemDefault());
	}

}
