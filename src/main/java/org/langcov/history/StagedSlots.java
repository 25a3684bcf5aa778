package org.langcov.history;

import javax.sql.DataSource;

import org.langcov.slot.InspectedSlot;
import org.langcov.slot.Slot;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A run's staged slots as the inspect step sees them: the slots still to inspect, read a page at a time; their results,
 * written back; and how many are done.
 */
@Repository
public class StagedSlots {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	public StagedSlots(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Reads the run's slots not yet inspected, by key: after a crash, the slots already committed are simply no longer
	 * there to read, so the reader keeps no state of its own.
	 */
	public JdbcPagingItemReader<Slot> pendingReader(String name, long run) throws Exception {
		return new JdbcPagingItemReaderBuilder<Slot>().name(name).dataSource(this.dataSource)
				.queryProvider(new PendingSlotsQuery(run)).rowMapper(SlotRows::slot).pageSize(100).saveState(false)
				.build();
	}

	/** Reads the slots of a partition of the run not yet inspected, as {@link #pendingReader(String, long)} does. */
	public JdbcPagingItemReader<Slot> pendingReader(String name, long run, SlotRange range) throws Exception {
		return new JdbcPagingItemReaderBuilder<Slot>().name(name).dataSource(this.dataSource)
				.queryProvider(new PendingSlotsQuery(run, range)).rowMapper(SlotRows::slot).pageSize(100)
				.saveState(false).build();
	}

	/** The numbers of the run's first and last slots, or nothing when it has none. */
	public java.util.Optional<SlotRange> range(long run) {
		return this.jdbc
				.query("SELECT MIN(SLOT_SEQ), MAX(SLOT_SEQ) FROM LC_SLOT WHERE RUN_ID = ?",
						(rs, i) -> (rs.getObject(1) != null) ? new SlotRange(rs.getLong(1), rs.getLong(2)) : null, run)
				.stream().filter(java.util.Objects::nonNull).findFirst();
	}

	/** Stores each slot's result in its row. */
	public JdbcBatchItemWriter<InspectedSlot> resultWriter() {
		return new JdbcBatchItemWriterBuilder<InspectedSlot>().dataSource(this.dataSource).sql(SlotRows.UPDATE_RESULT)
				.itemPreparedStatementSetter(SlotRows::setResult).assertUpdates(true).build();
	}

	/** How many of the run's slots are staged, and how many of them inspected. */
	public Counts counts(long run) {
		Long total = this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ?", Long.class, run);
		Long done = this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND STATUS IS NOT NULL",
				Long.class, run);
		return new Counts(total, done);
	}

	/** See {@link #counts(long)}. */
	public record Counts(long total, long done) {
	}

}
