package org.langcov.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a CSV register: UTF-8 text, with or without a byte-order mark, its separator (comma or semicolon) detected by
 * {@link CsvFormat}, split by {@link CsvParser}. Row numbers count records, as a spreadsheet program shows them, so a
 * title with a line break in it is still one row. Text in another encoding is refused with a line number and how to
 * save it as UTF-8, rather than read with wrong characters.
 */
public final class CsvRegisterReader implements RegisterReader {

	/** Enough text to hold the header search rows of any honest register. */
	private static final int HEAD_CHARS = 65_536;

	static final String SAVE_AS_UTF8 = "save it as UTF-8: in Excel, Save As \"CSV UTF-8 (Comma delimited) (*.csv)\";"
			+ " in LibreOffice, Save As CSV with the character set \"Unicode (UTF-8)\"";

	@Override
	public void read(Path file, String sheetName, RegisterRows rows) {
		RegisterFiles.requireReadable(file);
		switch (RegisterFiles.magic(file)) {
			case OOXML, OLE2 -> {
				// a workbook saved under a .csv name: read it as what it is
				new XlsxRegisterReader().read(file, sheetName, rows);
				return;
			}
			case PDF -> throw new RegisterException(file, "not a CSV text file: it is a PDF");
			default -> requireText(file);
		}
		try {
			CsvFormat format = CsvFormat.detect(head(file));
			try (Reader text = utf8(file)) {
				read(file, new CsvParser(text, format.separator()), format.hintLine(), rows);
			}
		} catch (CharacterCodingException ex) {
			// the file changed since it was checked
			throw notUtf8(file, ex);
		} catch (CsvParser.Problem ex) {
			throw new RegisterException(file, "line " + ex.line(), ex.getMessage(), null);
		} catch (IOException ex) {
			throw new RegisterException(file, "the file cannot be read", ex);
		}
	}

	private static void read(Path file, CsvParser parser, boolean hintLine, RegisterRows rows) throws IOException {
		if (hintLine) {
			parser.next();
		}
		RegisterSheet sheet = new RegisterSheet(rows, null);
		int row = 0;
		for (List<String> fields = parser.next(); fields != null; fields = parser.next()) {
			row++;
			if (!sheet.accept(row, CsvFormat.cells(fields))) {
				break;
			}
		}
		if (!sheet.hasHeader()) {
			NoHeader noHeader = new NoHeader(file, null);
			noHeader.sheet("CSV", sheet.columnsFound());
			throw noHeader.exception();
		}
	}

	/**
	 * Text files hold no NUL characters; UTF-16, as Excel's "Unicode Text" writes, holds them for every Latin letter.
	 */
	private static void requireText(Path file) {
		byte[] start;
		try (InputStream in = Files.newInputStream(file)) {
			start = in.readNBytes(8192);
		} catch (IOException ex) {
			throw new RegisterException(file, "the file cannot be read", ex);
		}
		boolean utf16Bom = start.length >= 2 && ((start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)
				|| (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF));
		if (utf16Bom) {
			throw new RegisterException(file, "UTF-16 text, not UTF-8; " + SAVE_AS_UTF8);
		}
		for (byte b : start) {
			if (b == 0) {
				throw new RegisterException(file, "not a CSV text file (it holds binary data)");
			}
		}
		// checked whole before any row is read, so that a run never stops half way
		if (Utf8.firstBadLine(file) > 0) {
			throw notUtf8(file, null);
		}
	}

	private static RegisterException notUtf8(Path file, Throwable cause) {
		int line = Utf8.firstBadLine(file);
		return new RegisterException(file, (line > 0) ? "line " + line : null,
				"not UTF-8 text (it was saved in another encoding); " + SAVE_AS_UTF8, cause);
	}

	private static String head(Path file) throws IOException {
		try (Reader text = utf8(file)) {
			char[] head = new char[HEAD_CHARS];
			int length = 0;
			for (int n = 0; n >= 0 && length < head.length; n = text.read(head, length, head.length - length)) {
				length += n;
			}
			return new String(head, 0, length);
		}
	}

	/**
	 * Strict UTF-8: a byte that is not UTF-8 is an error, never a replacement character.
	 */
	private static Reader utf8(Path file) throws IOException {
		return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
	}

}
