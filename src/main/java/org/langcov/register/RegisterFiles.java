package org.langcov.register;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks made before a register is opened, so that a file that is missing, or is something else under a spreadsheet's
 * name, gets a message saying what it is rather than whatever the spreadsheet library happens to throw.
 */
final class RegisterFiles {

	static final String PASSWORD_PROTECTED = "the workbook is password-protected";

	static final String SAVE_AS = "save it as an Excel Workbook (.xlsx)";

	static final String CUT_SHORT = "the workbook is cut short: the file ends before its last part (a copy or a"
			+ " download that stopped part way?); copy or save it again";

	/** The two workbook formats, told apart by content rather than by name. */
	enum WorkbookFormat {
		XLSX, XLS
	}

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

	/** What the file's first bytes say it is. */
	static FileMagic magic(Path file) {
		try {
			return FileMagic.valueOf(file.toFile());
		} catch (IOException ex) {
			throw new RegisterException(file, "the file cannot be read", ex);
		}
	}

	/**
	 * The workbook format the file's content has, whatever its name says: Excel itself opens an .xls saved under an
	 * .xlsx name, and so does langcov.
	 *
	 * @throws RegisterException
	 *             when it is no workbook langcov can read, saying what it is
	 */
	static WorkbookFormat workbookFormat(Path file) {
		return switch (magic(file)) {
			case OOXML -> WorkbookFormat.XLSX;
			case OLE2 -> oleFormat(file);
			case BIFF2, BIFF3, BIFF4 ->
				throw new RegisterException(file, "an Excel 2.x-4.0 workbook, a format too old to read; " + SAVE_AS);
			case PDF -> throw new RegisterException(file, notSpreadsheet(file) + ": it is a PDF");
			case HTML, XML ->
				throw new RegisterException(file, notSpreadsheet(file) + ": it is a web page or XML text");
			default -> throw new RegisterException(file, notSpreadsheet(file));
		};
	}

	/**
	 * Whether a file that starts as a zip package (an .xlsx) lacks the directory every zip ends with: a copy or a
	 * download that stopped part way, rather than something that is no spreadsheet.
	 */
	static boolean zipCutShort(Path file) {
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			// the end record is 22 bytes, after a comment of at most 65,535
			long size = channel.size();
			int tail = (int) Math.min(size, 22 + 65_535);
			ByteBuffer bytes = ByteBuffer.allocate(tail);
			channel.position(size - tail);
			while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
				// read the whole tail
			}
			byte[] end = bytes.array();
			for (int i = end.length - 22; i >= 0; i--) {
				if (end[i] == 'P' && end[i + 1] == 'K' && end[i + 2] == 5 && end[i + 3] == 6) {
					return false;
				}
			}
			return true;
		} catch (IOException ex) {
			return false;
		}
	}

	/** "not a spreadsheet (.xlsx) file", with the file's own extension. */
	static String notSpreadsheet(Path file) {
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? "not a spreadsheet (" + name.substring(dot) + ") file" : "not a spreadsheet file";
	}

	/**
	 * An OLE2 compound file: an Excel 97-2003 workbook, a workbook encrypted with a password (Excel wraps those in
	 * OLE2), an Excel 5.0/95 workbook, or another old Office document.
	 */
	private static WorkbookFormat oleFormat(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				throw new RegisterException(file, PASSWORD_PROTECTED);
			}
			if (workbookEntry(root) != null) {
				return WorkbookFormat.XLS;
			}
			if (root.hasEntry("Book")) {
				throw new RegisterException(file, "an Excel 5.0/95 workbook, a format too old to read; " + SAVE_AS);
			}
			throw new RegisterException(file,
					notSpreadsheet(file) + ": it is an older Office document, such as a .doc");
		} catch (IOException | RuntimeException ex) {
			if (ex instanceof RegisterException registerException) {
				throw registerException;
			}
			throw new RegisterException(file, notSpreadsheet(file), ex);
		}
	}

	/**
	 * The stream holding an Excel 97-2003 workbook, or {@code null}; some writers spell its name in capitals.
	 */
	static String workbookEntry(DirectoryNode root) {
		for (String name : new String[]{"Workbook", "WORKBOOK", "BOOK"}) {
			if (root.hasEntry(name)) {
				return name;
			}
		}
		return null;
	}

}
