package org.langcov.register;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parses one worksheet of an .xlsx as a stream of SAX events and hands its rows to a {@link RegisterSheet}. Stops early
 * when the sheet has no header in its first rows, so that a long sheet of notes is not read to the end.
 */
final class XlsxSheetParser {

	private final Styles styles;

	private final SharedStrings strings;

	/**
	 * @param styles
	 *            the workbook's styles, or {@code null} when it has none
	 * @param strings
	 *            the workbook's shared strings
	 */
	XlsxSheetParser(Styles styles, SharedStrings strings) {
		this.styles = styles;
		this.strings = strings;
	}

	void parse(InputStream sheetXml, RegisterSheet sheet)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		// a new formatter per sheet: DataFormatter caches formats and is not thread-safe
		parser.setContentHandler(
				new XSSFSheetXMLHandler(this.styles, this.strings, new Cells(sheet), new DisplayedValues(), false));
		try {
			parser.parse(new InputSource(sheetXml));
		} catch (HeaderNotFound stop) {
			// nothing below the header search rows matters for this sheet
		}
	}

	/**
	 * Collects a row's cells by column. POI skips empty cells, so each value is placed by its cell reference, not by
	 * its position in the row.
	 */
	private static final class Cells implements SheetContentsHandler {

		private final RegisterSheet sheet;

		private Map<Integer, String> cells = new TreeMap<>();

		private int column;

		Cells(RegisterSheet sheet) {
			this.sheet = sheet;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells = new TreeMap<>();
			this.column = -1;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			// a cell without a reference follows the previous one, as Excel reads it
			this.column = (reference != null) ? new CellReference(reference).getCol() : this.column + 1;
			if (value != null) {
				this.cells.put(this.column, value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (!this.sheet.accept(rowNum + 1, this.cells)) {
				throw new HeaderNotFound();
			}
		}

	}

	/** Stops the parse of a sheet whose first rows hold no header. */
	private static final class HeaderNotFound extends RuntimeException {

		private static final long serialVersionUID = 1L;

		HeaderNotFound() {
			super(null, null, false, false);
		}

	}

}
