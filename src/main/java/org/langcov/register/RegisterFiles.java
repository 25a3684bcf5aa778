package org.langcov.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks made before a register is opened, so that a file that is missing, or
 * is something else under a spreadsheet's name, gets a message saying what it
 * is rather than whatever the spreadsheet library happens to throw.
 */
final class RegisterFiles {

	static final String NOT_XLSX = "not a spreadsheet (.xlsx) file";

	static final String PASSWORD_PROTECTED = "the workbook is password-protected";

	private RegisterFiles() {
	}

	/** The file exists, is a file, can be read and is not empty. */
	static void requireReadable(Path file) {
		if (!Files.exists(file)) {
			throw new RegisterException(file, "file not found");
		}
		if (Files.isDirectory(file)) {
			throw new RegisterException(file, "is a folder, not a spreadsheet file");
		}
		if (!Files.isReadable(file)) {
			throw new RegisterException(file, "the file cannot be read (permission denied)");
		}
		try {
			if (Files.size(file) == 0) {
				throw new RegisterException(file, "the file is empty (0 bytes)");
			}
		} catch (IOException ex) {
			throw new RegisterException(file, "the file cannot be read", ex);
		}
	}

	/** The file's first bytes say it is a zip package, as every .xlsx is. */
	static void requireZipPackage(Path file) {
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(file.toFile());
		} catch (IOException ex) {
			throw new RegisterException(file, "the file cannot be read", ex);
		}
		switch (magic) {
			case OOXML -> {
			}
			case OLE2 -> throw oldOfficeFile(file);
			case BIFF2, BIFF3, BIFF4 -> throw new RegisterException(file,
					"an Excel 2.x-4.0 workbook, a format too old to read; save it as an Excel Workbook (.xlsx)");
			case PDF -> throw new RegisterException(file, NOT_XLSX + ": it is a PDF");
			case HTML, XML -> throw new RegisterException(file, NOT_XLSX + ": it is a web page or XML text");
			default -> throw new RegisterException(file, NOT_XLSX);
		}
	}

	/**
	 * An OLE2 compound file under an .xlsx name: either a workbook encrypted with a
	 * password (Excel wraps those in OLE2) or an Excel 97-2003 (.xls) workbook.
	 */
	private static RegisterException oldOfficeFile(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				return new RegisterException(file, PASSWORD_PROTECTED);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return new RegisterException(file,
						"an Excel 97-2003 workbook (.xls) under an .xlsx name; save it as an Excel Workbook (.xlsx)");
			}
			return new RegisterException(file, NOT_XLSX + ": it is an older Office document, such as a .doc");
		} catch (IOException | RuntimeException ex) {
			return new RegisterException(file, NOT_XLSX, ex);
		}
	}

}
