package org.langcov.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.langcov.vocabulary.Causes;
import org.xml.sax.SAXException;

/**
 * Reads an Excel workbook (.xlsx) as a stream of rows with POI's event API, so that the whole workbook is never held in
 * memory. Cells are read as Excel displays them (see {@link DisplayedValues}). A sheet name matches ignoring case, as
 * Excel's sheet names do. An Excel 97-2003 workbook under an .xlsx name is read as what it is.
 */
public final class XlsxRegisterReader implements RegisterReader {

	@Override
	public void read(Path file, String sheetName, RegisterRows rows) {
		RegisterFiles.requireReadable(file);
		if (RegisterFiles.workbookFormat(file) == RegisterFiles.WorkbookFormat.XLS) {
			new XlsRegisterReader().read(file, sheetName, rows);
			return;
		}
		// POI reads a zip without its end as far as it goes: a register cut short would lose its last rows unsaid
		if (RegisterFiles.zipCutShort(file)) {
			throw new RegisterException(file, RegisterFiles.CUT_SHORT);
		}
		OPCPackage pkg = open(file);
		try {
			requireWorkbook(file, pkg);
			new Sheets(file, pkg).read(sheetName, rows);
		} catch (RowsFailure failure) {
			// the caller's own failure, not the workbook's: hand it back untouched
			throw failure.getCause();
		} catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException ex) {
			if (ex instanceof RegisterException registerException) {
				throw registerException;
			}
			throw failure(file, "the workbook is damaged and cannot be read", ex);
		} finally {
			// opened read-only: revert closes it without writing anything back
			pkg.revert();
		}
	}

	private static OPCPackage open(Path file) {
		try {
			return OPCPackage.open(file.toFile(), PackageAccess.READ);
		} catch (InvalidFormatException | RuntimeException ex) {
			throw failure(file, RegisterFiles.notSpreadsheet(file), ex);
		}
	}

	/** Other Office documents are zip packages too: a .docx renamed .xlsx opens. */
	private static void requireWorkbook(Path file, OPCPackage pkg) {
		if (pkg.isStrictOoxmlFormat()) {
			throw new RegisterException(file,
					"a Strict Open XML workbook, which cannot be read; " + RegisterFiles.SAVE_AS);
		}
		List<PackagePart> core = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
		String type = core.isEmpty() ? "" : core.get(0).getContentType();
		if (!type.contains("spreadsheetml") && !type.contains("ms-excel.sheet.macroEnabled.main+xml")) {
			throw new RegisterException(file,
					RegisterFiles.notSpreadsheet(file) + ": it is another kind of Office document");
		}
	}

	/** POI reports zip bombs and encryption deep inside other exceptions. */
	private static RegisterException failure(Path file, String problem, Throwable ex) {
		for (Throwable cause : Causes.of(ex)) {
			if (cause instanceof EncryptedDocumentException) {
				return new RegisterException(file, null, RegisterFiles.PASSWORD_PROTECTED, ex);
			}
			if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb detected")) {
				return new RegisterException(file, null,
						"the file expands to far more than its size (a zip bomb?), so it was not read", ex);
			}
		}
		return new RegisterException(file, null, problem, ex);
	}

	/** The workbook's sheets, read one after the other until one has a header. */
	private static final class Sheets {

		private final Path file;

		private final XSSFReader reader;

		private final XlsxSheetParser parser;

		Sheets(Path file, OPCPackage pkg) throws IOException, SAXException, OpenXML4JException {
			this.file = file;
			this.reader = new XSSFReader(pkg);
			this.parser = new XlsxSheetParser(this.reader.getStylesTable(), XlsxSharedStrings.of(pkg));
		}

		void read(String sheetName, RegisterRows rows)
				throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
			List<String> names = new ArrayList<>();
			NoHeader noHeader = new NoHeader(this.file, sheetName);
			XSSFReader.SheetIterator sheets = this.reader.getSheetIterator();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					String name = sheets.getSheetName();
					names.add(name);
					if (sheetName != null && !name.equalsIgnoreCase(sheetName.strip())) {
						continue;
					}
					RegisterSheet sheet = new RegisterSheet(RowsFailure.guard(rows), name);
					this.parser.parse(in, sheet);
					if (sheet.hasHeader()) {
						return;
					}
					noHeader.sheet(name, sheet.columnsFound());
				}
			}
			if (names.isEmpty()) {
				throw new RegisterException(this.file, "the workbook has no sheets");
			}
			if (sheetName != null && noHeader.sheets() == 0) {
				throw new RegisterException(this.file,
						"no sheet named \"" + sheetName + "\" (sheets: " + String.join(", ", names) + ")");
			}
			throw noHeader.exception();
		}

	}

}
