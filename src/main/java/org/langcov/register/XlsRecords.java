package org.langcov.register;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;

/**
 * Follows the records of an .xls workbook: the sheet names and number formats of its globals, then each sheet's cells,
 * grouped into rows for a {@link RegisterSheet}. Charts embedded in a sheet are substreams of their own, nested in the
 * sheet's, and are skipped.
 */
final class XlsRecords {

	private final Path file;

	private final String sheetName;

	private final RegisterRows rows;

	private final NoHeader noHeader;

	private final List<BoundSheetRecord> boundSheets = new ArrayList<>();

	private BoundSheetRecord[] sheetsInFileOrder;

	private final XlsValues values = new XlsValues();

	/** BOF records open substreams, EOF records close them; charts nest. */
	private int depth;

	private int substream = -1;

	/** The sheet being read, or {@code null} while skipping. */
	private RegisterSheet sheet;

	private String currentName;

	private int row = -1;

	private Map<Integer, String> cells = new TreeMap<>();

	XlsRecords(Path file, String sheetName, RegisterRows rows) {
		this.file = file;
		this.sheetName = sheetName;
		this.rows = rows;
		this.noHeader = new NoHeader(file, sheetName);
	}

	/**
	 * Takes the next record.
	 *
	 * @return {@code true} when the register has been read: a sheet with a header has ended
	 */
	boolean take(Record record) {
		if (record instanceof BOFRecord bof) {
			startSubstream(bof);
		} else if (record instanceof EOFRecord) {
			this.depth--;
			if (this.depth == 0 && this.sheet != null) {
				return endSheet();
			}
		} else if (this.depth == 1 && this.sheet != null) {
			cell(record);
		} else if (this.depth == 1 && this.substream < 0) {
			global(record);
		}
		return false;
	}

	/** Why no rows were read: no sheets, no sheet of that name, or no header. */
	RegisterException noRegister() {
		if (this.boundSheets.isEmpty()) {
			return new RegisterException(this.file, "the workbook has no sheets");
		}
		if (this.sheetName != null && this.noHeader.sheets() == 0) {
			List<String> names = this.boundSheets.stream().map(BoundSheetRecord::getSheetname).toList();
			return new RegisterException(this.file,
					"no sheet named \"" + this.sheetName + "\" (sheets: " + String.join(", ", names) + ")");
		}
		return this.noHeader.exception();
	}

	private void global(Record record) {
		this.values.global(record);
		if (record instanceof BoundSheetRecord bound) {
			this.boundSheets.add(bound);
		}
	}

	private void startSubstream(BOFRecord bof) {
		this.depth++;
		if (this.depth != 1 || bof.getType() == BOFRecord.TYPE_WORKBOOK) {
			return;
		}
		// sheet substreams follow in the order of their positions, not of the tabs
		if (this.sheetsInFileOrder == null) {
			this.sheetsInFileOrder = BoundSheetRecord.orderByBofPosition(this.boundSheets);
		}
		this.substream++;
		this.currentName = (this.substream < this.sheetsInFileOrder.length)
				? this.sheetsInFileOrder[this.substream].getSheetname()
				: "Sheet" + (this.substream + 1);
		boolean wanted = this.sheetName == null || this.currentName.equalsIgnoreCase(this.sheetName.strip());
		this.sheet = (bof.getType() == BOFRecord.TYPE_WORKSHEET && wanted)
				? new RegisterSheet(this.rows, this.currentName)
				: null;
		this.row = -1;
		this.cells = new TreeMap<>();
	}

	private boolean endSheet() {
		endRow();
		RegisterSheet ended = this.sheet;
		this.sheet = null;
		if (ended == null) {
			// skipped at its 21st row, and already counted as without a header
			return false;
		}
		if (ended.hasHeader()) {
			return true;
		}
		this.noHeader.sheet(this.currentName, ended.columnsFound());
		return false;
	}

	private void cell(Record record) {
		XlsValues.Cell cell = this.values.cell(record);
		if (cell == null) {
			return;
		}
		if (cell.row() != this.row) {
			endRow();
			this.row = cell.row();
		}
		// null once the sheet is skipped at its 21st row without a header
		if (this.sheet != null) {
			this.cells.put(cell.column(), cell.text());
		}
	}

	/**
	 * Hands on the row just completed; a sheet without a header in time is skipped.
	 */
	private void endRow() {
		if (this.row >= 0 && !this.sheet.accept(this.row + 1, this.cells)) {
			this.noHeader.sheet(this.currentName, this.sheet.columnsFound());
			this.sheet = null;
		}
		this.cells = new TreeMap<>();
		this.row = -1;
	}

}
