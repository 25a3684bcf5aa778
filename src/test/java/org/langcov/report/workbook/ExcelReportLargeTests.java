package org.langcov.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.GeneratedSource;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

class ExcelReportLargeTests {

	@TempDir
	Path dir;

	@Test
	void aRegisterOfFiftyThousandDocumentsIsStreamedIntoTheWorkbook() throws Exception {
		Path file = this.dir.resolve("BIG-coverage.xlsx");
		new ExcelReport().write(new GeneratedSource(50_000), file);

		Map<String, Integer> rows = countRows(file);
		assertThat(rows).containsEntry("Coverage", 50_001).containsEntry("Files", 300_001)
				.containsEntry("Problems", 30_001).containsEntry("Changes", 501).containsEntry("Summary", 13);
	}

	/**
	 * Reads the workbook back the streaming way, as POI's XLSX2CSV example does, but counts row elements only: the
	 * values were checked on the small workbook.
	 */
	private static Map<String, Integer> countRows(Path file) throws Exception {
		Map<String, Integer> rows = new HashMap<>();
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					int[] count = new int[1];
					factory.newSAXParser().parse(in, new DefaultHandler() {
						@Override
						public void startElement(String uri, String localName, String name, Attributes attributes) {
							if (localName.equals("row")) {
								count[0]++;
							}
						}
					});
					rows.put(sheets.getSheetName(), count[0]);
				}
			}
		}
		return rows;
	}

}
