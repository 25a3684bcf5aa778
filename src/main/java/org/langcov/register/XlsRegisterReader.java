package org.langcov.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.langcov.vocabulary.Causes;

/**
 * Reads an Excel 97-2003 workbook (.xls) record by record with POI's event model, so that only the file's shared
 * strings and one row are held in memory. Sheets, header search and cell values follow the same rules as
 * {@link XlsxRegisterReader}; an .xlsx under an .xls name is read as what it is.
 */
public final class XlsRegisterReader implements RegisterReader {

	@Override
	public void read(Path file, String sheetName, RegisterRows rows) {
		RegisterFiles.requireReadable(file);
		if (RegisterFiles.workbookFormat(file) == RegisterFiles.WorkbookFormat.XLSX) {
			new XlsxRegisterReader().read(file, sheetName, rows);
			return;
		}
		XlsRecords records = new XlsRecords(file, sheetName, RowsFailure.guard(rows));
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			try (InputStream in = root.createDocumentInputStream(RegisterFiles.workbookEntry(root))) {
				RecordFactoryInputStream stream = new RecordFactoryInputStream(in, false);
				for (Record record = stream.nextRecord(); record != null; record = stream.nextRecord()) {
					if (records.take(record)) {
						return;
					}
				}
			}
		} catch (RowsFailure failure) {
			// the caller's own failure, not the workbook's: hand it back untouched
			throw failure.getCause();
		} catch (IOException | RuntimeException ex) {
			if (ex instanceof RegisterException registerException) {
				throw registerException;
			}
			throw failure(file, ex);
		}
		throw records.noRegister();
	}

	private static RegisterException failure(Path file, Throwable ex) {
		for (Throwable cause : Causes.of(ex)) {
			if (cause instanceof EncryptedDocumentException) {
				return new RegisterException(file, null, RegisterFiles.PASSWORD_PROTECTED, ex);
			}
			if (cause instanceof OldExcelFormatException) {
				return new RegisterException(file, null,
						"an Excel 5.0/95 workbook, a format too old to read; " + RegisterFiles.SAVE_AS, ex);
			}
		}
		return new RegisterException(file, null, "the workbook is damaged and cannot be read", ex);
	}

}
