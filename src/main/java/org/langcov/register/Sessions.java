package org.langcov.register;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Session column: which values can name a session, which rows a session's run takes, and which sessions a register
 * names.
 */
public final class Sessions {

	/**
	 * Session ids end up in file names: nothing that could climb out of a folder.
	 */
	public static final Pattern ID = Pattern.compile("(?!\\.+$)[A-Za-z0-9._-]{1,64}");

	/** How to write a session id, for messages. */
	public static final String ID_RULE = "use letters, digits, '.', '_' and '-' (at most 64), as in CND57";

	private Sessions() {
	}

	public static boolean isId(String text) {
		return text != null && ID.matcher(text).matches();
	}

	/**
	 * Whether a session's run takes a row: the session's own rows, rows with an empty Session cell, and rows whose
	 * Session cell cannot name a session, so that every report lists them as rejected rather than none.
	 */
	public static boolean takes(String session, RegisterRow row) {
		String cell = row.text(Column.SESSION);
		return cell.isEmpty() || cell.equalsIgnoreCase(session) || !isId(cell);
	}

	/**
	 * The sessions a register names, read in one streaming pass: the distinct values of its Session column that are
	 * session ids, in the order of their first rows. Values differing only in case are one session, named as first
	 * written.
	 *
	 * @throws RegisterException
	 *             when the register cannot be used at all
	 */
	public static Found find(Path file, String sheetName) {
		List<String> ids = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean[] column = {false};
		RegisterReader.forFile(file).read(file, sheetName, new RegisterRows() {

			@Override
			public void header(Set<Column> columns) {
				column[0] = columns.contains(Column.SESSION);
			}

			@Override
			public void row(RegisterRow row) {
				String session = row.text(Column.SESSION);
				if (isId(session) && seen.add(session.toUpperCase(Locale.ROOT))) {
					ids.add(session);
				}
			}

		});
		return new Found(column[0], List.copyOf(ids));
	}

	/**
	 * What {@link #find} found.
	 *
	 * @param column
	 *            whether the register has a Session column
	 * @param ids
	 *            the sessions it names, in register order
	 */
	public record Found(boolean column, List<String> ids) {
	}

}
