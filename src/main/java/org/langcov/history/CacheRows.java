package org.langcov.history;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.langcov.check.Inspection;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/**
 * The rules {@code LC_FILE} and {@code LC_WEB_FILE} share: which results are kept, how an inspection is stored, and
 * that what is learnt of a file replaces what was known of it (deleted, then inserted).
 */
final class CacheRows {

	private CacheRows() {
	}

	/**
	 * Whether a result says something about the file itself: a timeout or an unreadable store may change without the
	 * file changing.
	 */
	static boolean lasting(Inspection inspection) {
		return inspection.status() != Status.TIMEOUT && inspection.status() != Status.UNREADABLE;
	}

	/** Deletes each row's earlier version, then inserts the rows. */
	static <T> void replace(JdbcTemplate jdbc, List<T> rows, String delete, ParameterizedPreparedStatementSetter<T> key,
			String insert, ParameterizedPreparedStatementSetter<T> values) {
		jdbc.batchUpdate(delete, rows, rows.size(), key);
		jdbc.batchUpdate(insert, rows, rows.size(), values);
	}

	/**
	 * Sets {@code STATUS, DETAIL, PAGES, PDF_VERSION, DETECTED_LANG} from parameter {@code first} on.
	 */
	static void setInspection(PreparedStatement ps, int first, Inspection inspection) throws SQLException {
		ps.setString(first, inspection.status().name());
		ps.setString(first + 1, Columns.cut(inspection.detail(), Columns.TEXT));
		ps.setObject(first + 2, inspection.pages(), Types.INTEGER);
		ps.setString(first + 3, inspection.pdfVersion());
		ps.setString(first + 4,
				(inspection.detectedLanguage() != null)
						? String.valueOf(inspection.detectedLanguage().letter())
						: null);
	}

	static Language language(String letter) {
		return (letter == null) ? null : Language.ofLetter(letter.charAt(0)).orElse(null);
	}

}
