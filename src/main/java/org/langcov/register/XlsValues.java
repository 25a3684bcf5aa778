package org.langcov.register;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The text Excel shows in each cell of an .xls, as its records pass: shared strings, numbers and dates in their formats
 * (see {@link DisplayedValues}), booleans, errors, and formulas as last computed.
 */
final class XlsValues {

	private final Formats formats = new Formats();

	private final DisplayedValues values = new DisplayedValues();

	private SSTRecord strings;

	private boolean date1904;

	private FormulaRecord stringFormula;

	/** Takes a record of the workbook's globals: formats, strings, date system. */
	void global(Record record) {
		this.formats.processRecordInternally(record);
		if (record instanceof SSTRecord sst) {
			this.strings = sst;
		} else if (record instanceof DateWindow1904Record window) {
			this.date1904 = window.getWindowing() == 1;
		}
	}

	/**
	 * The cell a sheet's record holds, or {@code null} for records that hold none; a formula's text comes in the record
	 * after it.
	 */
	Cell cell(Record record) {
		if (record instanceof StringRecord text && this.stringFormula != null) {
			FormulaRecord formula = this.stringFormula;
			this.stringFormula = null;
			return cell(formula, text.getString());
		}
		if (!(record instanceof CellValueRecordInterface)) {
			// shared formula and array records may come between a formula and its text
			return null;
		}
		this.stringFormula = null;
		if (record instanceof LabelSSTRecord label && this.strings != null) {
			return cell(label, this.strings.getString(label.getSSTIndex()).getString());
		}
		if (record instanceof LabelRecord label) {
			return cell(label, label.getValue());
		}
		if (record instanceof NumberRecord number) {
			return cell(number, number(number, number.getValue()));
		}
		if (record instanceof BoolErrRecord boolErr) {
			return cell(boolErr,
					boolErr.isBoolean()
							? bool(boolErr.getBooleanValue())
							: FormulaError.forInt(boolErr.getErrorValue()).getString());
		}
		if (record instanceof FormulaRecord formula) {
			return formula(formula);
		}
		return null;
	}

	private Cell formula(FormulaRecord formula) {
		CellType type = formula.getCachedResultTypeEnum();
		if (type == CellType.STRING) {
			this.stringFormula = formula.hasCachedResultString() ? formula : null;
			return null;
		}
		if (type == CellType.NUMERIC) {
			return cell(formula, number(formula, formula.getValue()));
		}
		if (type == CellType.BOOLEAN) {
			return cell(formula, bool(formula.getCachedBooleanValue()));
		}
		if (type == CellType.ERROR) {
			return cell(formula, FormulaError.forInt(formula.getCachedErrorValue()).getString());
		}
		return null;
	}

	private String number(CellValueRecordInterface cell, double value) {
		// a cell pointing past the style table is shown as General, as Excel does
		int index = (cell.getXFIndex() < this.formats.xfCount()) ? this.formats.getFormatIndex(cell) : -1;
		String format = (index >= 0) ? this.formats.getFormatString(index) : null;
		return this.values.formatRawCellContents(value, index, (format != null) ? format : "General", this.date1904);
	}

	private static String bool(boolean value) {
		return value ? "TRUE" : "FALSE";
	}

	private static Cell cell(CellValueRecordInterface record, String text) {
		return new Cell(record.getRow(), record.getColumn(), text);
	}

	/** One cell: its row and column (0-based) and the text it shows. */
	record Cell(int row, int column, String text) {
	}

	/** The number formats of the workbook's globals. */
	private static final class Formats extends FormatTrackingHSSFListener {

		Formats() {
			// only its bookkeeping is used: it never has records to pass on
			super(null);
		}

		int xfCount() {
			return getNumberOfExtendedFormats();
		}

	}

}
