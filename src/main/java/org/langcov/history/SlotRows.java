package org.langcov.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import org.langcov.slot.InspectedSlot;
import org.langcov.check.Inspection;
import org.langcov.vocabulary.Language;
import org.langcov.slot.Slot;

/** How slots and their results map to the rows of {@code LC_SLOT}. */
final class SlotRows {

	static final String UPDATE_RESULT = "UPDATE LC_SLOT SET LOCATION = ?, STATUS = ?, DETAIL = ?, BYTES = ?,"
			+ " PAGES = ?, PDF_VERSION = ?, DETECTED_LANG = ?, LAST_MODIFIED = ?, INSPECTED = ? WHERE RUN_ID = ? AND SLOT_SEQ = ?";

	static final String INSERT = "INSERT INTO LC_SLOT (RUN_ID, SLOT_SEQ, DOC_SEQ, SYMBOL, LANG, EXPECTED, LOCATION,"
			+ " STATUS, DETAIL, BYTES, PAGES, PDF_VERSION, DETECTED_LANG, LAST_MODIFIED, INSPECTED)"
			+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private SlotRows() {
	}

	/** A slot staged for {@link #INSERT}, with its result when it has one, else none (to be inspected). */
	static void setStaged(InspectedSlot staged, PreparedStatement ps) throws SQLException {
		Slot slot = staged.slot();
		ps.setLong(1, slot.run());
		ps.setInt(2, slot.seq());
		ps.setInt(3, slot.documentSeq());
		ps.setString(4, slot.primarySymbol());
		ps.setString(5, String.valueOf(slot.language().letter()));
		ps.setBoolean(6, slot.expected());
		ps.setString(7, Columns.cut(staged.location(), Columns.TEXT));
		Inspection known = staged.inspection();
		ps.setString(8, (known != null) ? known.status().name() : null);
		ps.setString(9, (known != null) ? Columns.cut(known.detail(), Columns.TEXT) : null);
		ps.setObject(10, (known != null) ? known.bytes() : null, Types.BIGINT);
		ps.setObject(11, (known != null) ? known.pages() : null, Types.INTEGER);
		ps.setString(12, (known != null) ? known.pdfVersion() : null);
		ps.setString(13,
				(known != null && known.detectedLanguage() != null)
						? String.valueOf(known.detectedLanguage().letter())
						: null);
		ps.setTimestamp(14,
				(known != null && known.lastModified() != null) ? Timestamp.from(known.lastModified()) : null);
		ps.setBoolean(15, staged.inspectedNow());
	}

	/**
	 * A staged slot, from {@code RUN_ID, SLOT_SEQ, SYMBOLS, LANG, EXPECTED, LOCATION}.
	 */
	static Slot slot(ResultSet rs, int rowNum) throws SQLException {
		return new Slot(rs.getLong(1), rs.getInt(2), List.of(rs.getString(3).split("\n")),
				Language.ofLetter(rs.getString(4).charAt(0)).orElseThrow(), rs.getBoolean(5), rs.getString(6));
	}

	static void setResult(InspectedSlot result, PreparedStatement ps) throws SQLException {
		Inspection inspection = result.inspection();
		ps.setString(1, Columns.cut(result.location(), Columns.TEXT));
		ps.setString(2, inspection.status().name());
		ps.setString(3, Columns.cut(inspection.detail(), Columns.TEXT));
		ps.setObject(4, inspection.bytes(), Types.BIGINT);
		ps.setObject(5, inspection.pages(), Types.INTEGER);
		ps.setString(6, inspection.pdfVersion());
		ps.setString(7,
				(inspection.detectedLanguage() != null)
						? String.valueOf(inspection.detectedLanguage().letter())
						: null);
		ps.setTimestamp(8, (inspection.lastModified() != null) ? Timestamp.from(inspection.lastModified()) : null);
		ps.setBoolean(9, result.inspectedNow());
		ps.setLong(10, result.slot().run());
		ps.setInt(11, result.slot().seq());
	}

}
