package org.langcov.history;

import java.sql.PreparedStatement;
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
import org.springframework.jdbc.core.ConnectionCallback;
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

	/**
	 * The documents in register order, each with its six slots: the run's documents and its slots read side by side,
	 * each in the order of its primary key, a document's slots being numbered together after those of the document
	 * before it. No join, and no sort of the joined rows: the documents' columns are read once, not once a slot.
	 */
	@Override
	public void documents(Consumer<DocumentLine> action) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (PreparedStatement documents = connection.prepareStatement(
					"SELECT DOC_SEQ, SYMBOLS, TITLE, AGENDA_ITEM FROM LC_DOCUMENT WHERE RUN_ID = ? ORDER BY DOC_SEQ");
					PreparedStatement slots = connection.prepareStatement("SELECT s.DOC_SEQ, " + SLOT_COLUMNS
							+ " FROM LC_SLOT s" + SINCE + " WHERE s.RUN_ID = ? ORDER BY s.SLOT_SEQ")) {
				// as the template would (set for PostgreSQL's reads, which then stream)
				if (this.jdbc.getFetchSize() != -1) {
					documents.setFetchSize(this.jdbc.getFetchSize());
					slots.setFetchSize(this.jdbc.getFetchSize());
				}
				documents.setLong(1, this.run);
				slots.setLong(1, this.run);
				try (ResultSet document = documents.executeQuery(); ResultSet slot = slots.executeQuery()) {
					merge(document, slot, action);
				}
			}
			return null;
		});
	}

	private static void merge(ResultSet document, ResultSet slot, Consumer<DocumentLine> action) throws SQLException {
		Map<Language, SlotLine> lines = new EnumMap<>(Language.class);
		boolean more = slot.next();
		while (document.next()) {
			int seq = document.getInt(1);
			while (more && slot.getInt(1) < seq) {
				more = slot.next();
			}
			while (more && slot.getInt(1) == seq) {
				SlotLine line = slot(slot, 2);
				lines.put(line.language(), line);
				more = slot.next();
			}
			// every document is staged with its six slots
			if (lines.size() == Language.values().length) {
				action.accept(new DocumentLine(List.of(document.getString(2).split("\n")), document.getString(3),
						document.getString(4), new EnumMap<>(lines)));
			}
			lines.clear();
		}
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
