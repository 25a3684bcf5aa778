package org.langcov.register;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a register's rows below its header, one at a time, so that a register of any size fits in bounded memory. One
 * implementation per file format; {@link #forFile(Path)} chooses it by the file's extension.
 */
public interface RegisterReader {

	/**
	 * Reads the rows of the register below its header row: the first row, within the first 20, that has a Symbol
	 * column. Completely empty rows are skipped.
	 *
	 * @param file
	 *            the register
	 * @param sheetName
	 *            the sheet to read, or {@code null} for the first sheet with a recognisable header; ignored by formats
	 *            without sheets
	 * @param rows
	 *            receives the header's columns, then each row, in order
	 * @throws RegisterException
	 *             when the register cannot be used at all
	 */
	void read(Path file, String sheetName, RegisterRows rows);

	/**
	 * The reader for the file's format, by its extension.
	 *
	 * @throws RegisterException
	 *             for a format that cannot be read
	 */
	static RegisterReader forFile(Path file) {
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
			return new XlsxRegisterReader();
		}
		if (name.endsWith(".xls")) {
			return new XlsRegisterReader();
		}
		if (name.endsWith(".csv")) {
			return new CsvRegisterReader();
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot >= 0) ? name.substring(dot) : "(no extension)";
		throw new RegisterException(file, "unsupported register format " + extension
				+ "; save the register as an Excel workbook (.xlsx or .xls) or as CSV (.csv)");
	}

}
