package org.langcov.register;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a register yields for one session, watched while it is read: the sheet and row of its header, the rows under it,
 * those the session takes, and the sessions its Session column names. Hands the rows the session takes on. A register
 * that yields no document for the session (a header only, a Session column that names other sessions, a sheet that is
 * not the register) is unusable: a report of it would claim a coverage nothing was checked for.
 */
public final class RegisterYield implements RegisterRows {

	private static final int SESSIONS_SHOWN = 10;

	private final Path file;

	private final String session;

	private final RegisterRows taken;

	/** Sessions named, by their upper case, as first written. */
	private final Map<String, String> sessions = new LinkedHashMap<>();

	private boolean sessionColumn;

	private String sheet;

	private int headerRow;

	private int rows;

	private int rowsTaken;

	/**
	 * @param taken
	 *            receives the rows the session takes (see {@link Sessions#takes})
	 */
	public RegisterYield(Path file, String session, RegisterRows taken) {
		this.file = file;
		this.session = session;
		this.taken = taken;
	}

	@Override
	public void header(Set<Column> columns) {
		this.sessionColumn = columns.contains(Column.SESSION);
		this.taken.header(columns);
	}

	@Override
	public void headerAt(String sheetName, int row) {
		this.sheet = sheetName;
		this.headerRow = row;
		this.taken.headerAt(sheetName, row);
	}

	@Override
	public void row(RegisterRow row) {
		this.rows++;
		String named = row.text(Column.SESSION);
		if (Sessions.isId(named)) {
			this.sessions.putIfAbsent(named.toUpperCase(Locale.ROOT), named);
		}
		if (Sessions.takes(this.session, row)) {
			this.rowsTaken++;
			this.taken.row(row);
		}
	}

	/**
	 * The refusal of the register when it yielded no document for the session: one line naming the register (and its
	 * sheet), why, and the sessions it names.
	 *
	 * @param firstRejected
	 *            the first of the session's rows that was rejected, or {@code null}
	 */
	public RegisterException noDocument(Rejection firstRejected) {
		String problem = "no document for session " + this.session + ": " + why(firstRejected);
		String place = (this.sheet != null) ? "sheet \"" + this.sheet + "\"" : null;
		return new RegisterException(this.file, place, problem, null);
	}

	private String why(Rejection firstRejected) {
		if (this.rows == 0) {
			return "nothing under its header (row " + this.headerRow + ")";
		}
		if (this.rowsTaken == 0) {
			return "its Session column names only " + sessions();
		}
		String why = "none of its " + this.rowsTaken + ((this.rowsTaken == 1) ? " row" : " rows")
				+ ((this.rowsTaken < this.rows) ? " for the session" : "") + " is a document";
		if (firstRejected != null) {
			why += " (row " + firstRejected.row() + ": " + firstRejected.reason() + ")";
		}
		if (this.sessionColumn) {
			why += this.sessions.isEmpty()
					? "; its Session column names no session"
					: "; its Session column names " + sessions();
		}
		if (this.sheet != null) {
			why += "; is this sheet the register? the job's key 'sheet' names the sheet to read";
		}
		return why;
	}

	private String sessions() {
		List<String> shown = new ArrayList<>(this.sessions.values());
		if (shown.size() <= SESSIONS_SHOWN) {
			return String.join(", ", shown);
		}
		return String.join(", ", shown.subList(0, SESSIONS_SHOWN)) + " and " + (shown.size() - SESSIONS_SHOWN)
				+ " more";
	}

}
