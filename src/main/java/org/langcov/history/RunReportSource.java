package org.langcov.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's reports, read from the database in streams.
 */
public class RunReportSource implements ReportSource {

	private static final String SLOT_COLUMNS = "s.SYMBOL, s.LANG, s.EXPECTED, s.STATUS, s.DETAIL, s.LOCATION, s.BYTES,"
			+ " s.PAGES, s.PDF_VERSION, s.DETECTED_LANG, s.LAST_MODIFIED, si.SINCE, si.FROM_FILE";

	/** Each slot with the day it has been available since, when it is. */
	private static final String SINCE = " LEFT JOIN LC_SINCE si ON si.RUN_ID = s.RUN_ID AND si.SLOT_SEQ = s.SLOT_SEQ";

	/** Said in the detail when langcov had no record of the slot before. */
	static final String SINCE_FILE_DATE = "available since the file's date";

	private final JdbcTemplate jdbc;

	private final long run;

	private final RunInfo info;

	private final Long previous;

	private final TimelinessRepository timeliness;

	private final RunRepository runs;

	RunReportSource(JdbcTemplate jdbc, RunRepository runs, long run) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.run = run;
		this.timeliness = new TimelinessRepository(jdbc);
		RunRecord record = runs.find(run);
		this.previous = runs.previousSuccessful(record.session(), run).orElse(null);
		this.info = new RunInfo(record.session(), record.title(), record.started(), record.register(), record.store(),
				this.previous == null);
	}

	@Override
	public RunInfo run() {
		return this.info;
	}

	@Override
	public List<LanguageSummary> summary() {
		return CoverageCounts.of(this.jdbc, "s.RUN_ID = ?", this.run).getOrDefault(this.run,
				CoverageCounts.withOverall(Map.of()));
	}

	@Override
	public void documents(Consumer<DocumentLine> action) {
		Map<Language, SlotLine> slots = new EnumMap<>(Language.class);
		this.jdbc.query("SELECT d.SYMBOLS, d.TITLE, d.AGENDA_ITEM, " + SLOT_COLUMNS
				+ " FROM LC_DOCUMENT d JOIN LC_SLOT s ON s.RUN_ID = d.RUN_ID AND s.DOC_SEQ = d.DOC_SEQ" + SINCE
				+ " WHERE d.RUN_ID = ? ORDER BY s.SLOT_SEQ", (ResultSet rs) -> {
					SlotLine slot = slot(rs, 4);
					slots.put(slot.language(), slot);
					// every document is staged with its six slots, numbered together
					if (slots.size() == Language.values().length) {
						action.accept(new DocumentLine(List.of(rs.getString(1).split("\n")), rs.getString(2),
								rs.getString(3), new EnumMap<>(slots)));
						slots.clear();
					}
				}, this.run);
	}

	@Override
	public void slots(Consumer<SlotLine> action) {
		this.jdbc.query(
				"SELECT " + SLOT_COLUMNS + " FROM LC_SLOT s" + SINCE
						+ " WHERE s.RUN_ID = ? AND s.STATUS <> 'NOT_EXPECTED'" + " ORDER BY s.SLOT_SEQ",
				(ResultSet rs) -> {
					action.accept(slot(rs, 1));
				}, this.run);
	}

	@Override
	public void changes(Consumer<Change> action) {
		if (this.previous != null) {
			new RunChanges(this.jdbc).changes(this.previous, this.run, action);
		}
	}

	@Override
	public void rejections(Consumer<Rejection> action) {
		this.jdbc.query("SELECT ROW_NUM, SYMBOL, REASON FROM LC_REJECTED WHERE RUN_ID = ? ORDER BY ROW_NUM",
				(ResultSet rs) -> {
					action.accept(new Rejection(rs.getInt(1), rs.getString(2), rs.getString(3)));
				}, this.run);
	}

	@Override
	public void registerNotes(Consumer<RegisterNote> action) {
		this.runs.notes(this.run, action);
	}

	@Override
	public Optional<LocalDate> asOf() {
		return this.timeliness.asOf(this.run);
	}

	@Override
	public void timeliness(Consumer<TimelinessLine> action) {
		this.timeliness.lines(this.run, action);
	}

	@Override
	public List<OnTime> onTime() {
		return this.timeliness.onTime(this.run);
	}

	private static SlotLine slot(ResultSet rs, int first) throws SQLException {
		Timestamp modified = rs.getTimestamp(first + 10);
		LocalDate since = rs.getObject(first + 11, LocalDate.class);
		String detail = nonNull(rs.getString(first + 4));
		if (since != null && rs.getBoolean(first + 12)) {
			detail = detail.isEmpty() ? SINCE_FILE_DATE : detail + "; " + SINCE_FILE_DATE;
		}
		return new SlotLine(rs.getString(first), language(rs.getString(first + 1)), rs.getBoolean(first + 2),
				status(rs.getString(first + 3)), detail, rs.getString(first + 5),
				(Long) rs.getObject(first + 6, Long.class), (Integer) rs.getObject(first + 7, Integer.class),
				rs.getString(first + 8), language(rs.getString(first + 9)),
				(modified != null) ? modified.toInstant() : null, since);
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	static Language language(String letter) {
		return (letter == null || letter.isBlank()) ? null : Language.ofLetter(letter.charAt(0)).orElseThrow();
	}

	static Status status(String name) {
		return (name != null) ? Status.valueOf(name) : null;
	}

}
