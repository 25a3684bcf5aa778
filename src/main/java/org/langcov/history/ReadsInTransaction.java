package org.langcov.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.langcov.register.RegisterNote;
import org.langcov.register.Rejection;
import org.langcov.report.Change;
import org.langcov.report.DocumentLine;
import org.langcov.report.LanguageSummary;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.report.SlotLine;
import org.langcov.report.TimelinessLine;
import org.langcov.timeliness.OnTime;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A report source whose every read runs in a transaction, joining the thread's own if it has one: PostgreSQL's driver
 * streams a result a fetch size at a time only with autocommit off, and otherwise holds all of it in memory. The
 * workbook is written on a thread of its own, which has no transaction of the step's.
 */
final class ReadsInTransaction implements ReportSource {

	private final ReportSource source;

	private final TransactionTemplate transaction;

	ReadsInTransaction(ReportSource source, TransactionTemplate transaction) {
		this.source = source;
		this.transaction = transaction;
	}

	@Override
	public RunInfo run() {
		return this.source.run();
	}

	@Override
	public List<LanguageSummary> summary() {
		return this.transaction.execute((status) -> this.source.summary());
	}

	@Override
	public void documents(Consumer<DocumentLine> action) {
		this.transaction.executeWithoutResult((status) -> this.source.documents(action));
	}

	@Override
	public void slots(Consumer<SlotLine> action) {
		this.transaction.executeWithoutResult((status) -> this.source.slots(action));
	}

	@Override
	public void changes(Consumer<Change> action) {
		this.transaction.executeWithoutResult((status) -> this.source.changes(action));
	}

	@Override
	public long changeCount() {
		Long count = this.transaction.execute((status) -> this.source.changeCount());
		return (count != null) ? count : 0;
	}

	@Override
	public void rejections(Consumer<Rejection> action) {
		this.transaction.executeWithoutResult((status) -> this.source.rejections(action));
	}

	@Override
	public void registerNotes(Consumer<RegisterNote> action) {
		this.transaction.executeWithoutResult((status) -> this.source.registerNotes(action));
	}

	@Override
	public boolean hasRegisterNotes() {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> this.source.hasRegisterNotes()));
	}

	@Override
	public Optional<LocalDate> asOf() {
		return this.transaction.execute((status) -> this.source.asOf());
	}

	@Override
	public void timeliness(Consumer<TimelinessLine> action) {
		this.transaction.executeWithoutResult((status) -> this.source.timeliness(action));
	}

	@Override
	public List<OnTime> onTime() {
		return this.transaction.execute((status) -> this.source.onTime());
	}

}
