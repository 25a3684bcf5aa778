package org.langcov.history;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.langcov.vocabulary.Language;
import org.langcov.report.TimelinessLine;
import org.langcov.timeliness.OnTime;
import org.langcov.timeliness.OnTimeTally;
import org.langcov.timeliness.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a run knows about timeliness: the due date of each of its documents, the day it judges as of, and the verdicts
 * that follow with the days recorded by {@link AvailabilityRecorder}.
 */
@Repository
public class TimelinessRepository {

	private final JdbcTemplate jdbc;

	public TimelinessRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The tables of a run's timeliness. */
	static final List<String> TABLES = List.of("LC_DUE", "LC_NO_DUE", "LC_AS_OF", "LC_OPENS");

	/**
	 * Forgets what a failed staging left, and records the day the run judges as of and the session's opening day.
	 *
	 * @param opens
	 *            the opening day, or {@code null} when the job gives none
	 */
	public void stage(long run, LocalDate asOf, LocalDate opens) {
		for (String table : TABLES) {
			this.jdbc.update("DELETE FROM " + table + " WHERE RUN_ID = ?", run);
		}
		this.jdbc.update("INSERT INTO LC_AS_OF (RUN_ID, AS_OF) VALUES (?, ?)", run, asOf);
		if (opens != null) {
			this.jdbc.update("INSERT INTO LC_OPENS (RUN_ID, OPENS) VALUES (?, ?)", run, opens);
		}
	}

	/** Records the due dates of documents, by their sequence in the run, and those not subject to one. */
	public void insertDueDates(long run, List<DueDocument> documents) {
		List<DueDocument> dated = documents.stream().filter((d) -> d.due() != null).toList();
		this.jdbc.batchUpdate("INSERT INTO LC_DUE (RUN_ID, DOC_SEQ, DUE_DATE) VALUES (?, ?, ?)", dated, dated.size(),
				(ps, d) -> {
					ps.setLong(1, run);
					ps.setInt(2, d.seq());
					ps.setObject(3, d.due());
				});
		List<DueDocument> exempt = documents.stream().filter((d) -> d.due() == null).toList();
		this.jdbc.batchUpdate("INSERT INTO LC_NO_DUE (RUN_ID, DOC_SEQ) VALUES (?, ?)", exempt, exempt.size(),
				(ps, d) -> {
					ps.setLong(1, run);
					ps.setInt(2, d.seq());
				});
	}

	/** The day the run judges as of, when any of its documents has a due date. */
	public Optional<LocalDate> asOf(long run) {
		return this.jdbc.query(
				"SELECT a.AS_OF FROM LC_AS_OF a WHERE a.RUN_ID = ?"
						+ " AND EXISTS (SELECT 1 FROM LC_DUE d WHERE d.RUN_ID = a.RUN_ID)",
				(rs, i) -> rs.getObject(1, LocalDate.class), run).stream().findFirst();
	}

	/**
	 * The run's expected versions with a due date or exempt from one, in register then language order.
	 */
	public void lines(long run, Consumer<TimelinessLine> action) {
		LocalDate asOf = asOf(run).orElse(null);
		if (asOf == null) {
			return;
		}
		LocalDate opens = this.jdbc
				.query("SELECT OPENS FROM LC_OPENS WHERE RUN_ID = ?", (rs, i) -> rs.getObject(1, LocalDate.class), run)
				.stream().findFirst().orElse(null);
		this.jdbc.query("SELECT s.SYMBOL, s.LANG, d.DUE_DATE, si.SINCE FROM LC_SLOT s"
				+ " LEFT JOIN LC_DUE d ON d.RUN_ID = s.RUN_ID AND d.DOC_SEQ = s.DOC_SEQ"
				+ " LEFT JOIN LC_NO_DUE n ON n.RUN_ID = s.RUN_ID AND n.DOC_SEQ = s.DOC_SEQ"
				+ " LEFT JOIN LC_SINCE si ON si.RUN_ID = s.RUN_ID AND si.SLOT_SEQ = s.SLOT_SEQ"
				+ " WHERE s.RUN_ID = ? AND s.EXPECTED AND (d.DOC_SEQ IS NOT NULL OR n.DOC_SEQ IS NOT NULL)"
				+ " ORDER BY s.SLOT_SEQ", (ResultSet rs) -> {
					LocalDate due = rs.getObject(3, LocalDate.class);
					LocalDate since = rs.getObject(4, LocalDate.class);
					action.accept(new TimelinessLine(rs.getString(1),
							Language.ofLetter(rs.getString(2).charAt(0)).orElseThrow(), due, since,
							Verdict.of(due, since, asOf, opens)));
				}, run);
	}

	/** The run's verdicts per language then overall; empty without due dates. */
	public List<OnTime> onTime(long run) {
		if (asOf(run).isEmpty()) {
			// or its detail is gone, and its counts kept
			return KeptFigures.onTime(this.jdbc, run);
		}
		OnTimeTally tally = new OnTimeTally();
		lines(run, (line) -> tally.add(line.language(), line.verdict()));
		return tally.lines();
	}

	/**
	 * A document's due date.
	 *
	 * @param seq
	 *            the document's sequence in its run
	 * @param due
	 *            its due date, or {@code null} when it is not subject to one
	 */
	public record DueDocument(int seq, LocalDate due) {
	}

}
