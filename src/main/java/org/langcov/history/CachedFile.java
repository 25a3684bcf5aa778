package org.langcov.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.langcov.check.Inspection;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

/**
 * One row of {@code LC_FILE} without its key: the size and modification time the file had, and what its inspection
 * found.
 */
record CachedFile(long bytes, long modifiedMillis, Status status, String detail, Integer pages, String pdfVersion,
		Language detectedLanguage) {

	/** The columns {@link #of} reads, in its order. */
	static final String COLUMNS = "STATUS, DETAIL, PAGES, PDF_VERSION, DETECTED_LANG";

	/** The row's {@link #COLUMNS} from column {@code first} on, for a file of this size and time. */
	static CachedFile of(ResultSet rs, int first, long bytes, long modifiedMillis) throws SQLException {
		return new CachedFile(bytes, modifiedMillis, Status.valueOf(rs.getString(first)), rs.getString(first + 1),
				rs.getObject(first + 2, Integer.class), rs.getString(first + 3),
				CacheRows.language(rs.getString(first + 4)));
	}

	Inspection inspection() {
		return new Inspection(this.status, this.detail, this.bytes, this.pages, this.pdfVersion, this.detectedLanguage,
				Instant.ofEpochMilli(this.modifiedMillis));
	}

}
