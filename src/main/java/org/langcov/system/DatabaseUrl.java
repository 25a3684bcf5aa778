package org.langcov.system;

import java.sql.SQLException;
import java.util.regex.Pattern;

import org.langcov.vocabulary.Causes;

/**
 * The database's URL in messages. A JDBC URL as it may be shown to a person: without a password, whether written as a
 * parameter ({@code ?password=...}, {@code ;password=...}) or before the host ({@code //user:secret@host}).
 */
public final class DatabaseUrl {

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");

	private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*):[^/@]*@");

	private DatabaseUrl() {
	}

	/**
	 * Whether a start-up failure is that the database could not be opened: it cannot be reached, refuses the user or
	 * has no such database (SQL states of class 08, 28 and 3D).
	 */
	public static boolean unreachable(Throwable failure) {
		return Causes.of(failure).stream().filter(SQLException.class::isInstance)
				.map((cause) -> ((SQLException) cause).getSQLState()).anyMatch((state) -> state != null
						&& (state.startsWith("08") || state.startsWith("28") || state.startsWith("3D")));
	}

	/** Whether the URL names an HSQLDB database in a file of this machine, which one process at a time opens. */
	public static boolean embeddedFile(String url) {
		return url != null && url.regionMatches(true, 0, EMBEDDED_FILE, 0, EMBEDDED_FILE.length());
	}

	private static final String EMBEDDED_FILE = "jdbc:hsqldb:file:";

	public static String printable(String url) {
		if (url == null) {
			return "(no URL)";
		}
		String shown = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
		return USER_INFO.matcher(shown).replaceAll("$1:***@");
	}

}
