package org.langcov.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sheets' rows reach their temporary files as Java's own UTF-8 writer would write them, and the links written by
 * the workbook read back as POI's own hyperlinks do.
 */
class StreamedWorkbookTests {

	@TempDir
	Path dir;

	/** Addresses as a store gives them: a file's URI, a web address with a query, one with a letter beyond ASCII. */
	private static final List<String> ADDRESSES = List.of("file:///srv/store%20folder/E_CN.7_2014_1-AR.pdf",
			"https://documents.example.org/get?symbol=E/CN.7/2014/1&lang=F",
			"https://documents.example.org/café/a.pdf");

	@Test
	void linksReadBackAsPoisOwnHyperlinksWrittenByPoi() throws IOException {
		XSSFWorkbook ours = workbookOf(write(new StreamedWorkbook(new XSSFWorkbook(), 10), true));
		XSSFWorkbook pois = workbookOf(write(new SXSSFWorkbook(new XSSFWorkbook(), 10), false));

		for (String name : List.of("Files", "Problems", "Changes")) {
			assertThat(links(ours.getSheet(name))).as(name).isEqualTo(links(pois.getSheet(name)));
		}
		assertThat(links(ours.getSheet("Files"))).hasSize(300).contains("E2 FILE " + ADDRESSES.get(0),
				"E3 URL " + ADDRESSES.get(1), "E4 URL " + ADDRESSES.get(2));
		assertThat(links(ours.getSheet("Problems"))).containsExactly("A2 FILE " + ADDRESSES.get(0));
		assertThat(ours.getSheet("Changes").getHyperlinkList()).isEmpty();
		assertThat(ours.getSheet("Files").getRow(250).getCell(4).getStringCellValue()).isEqualTo("file 249");
	}

	@Test
	void theLinksGoWhereTheSchemaHasThem() throws IOException {
		byte[] file = write(new StreamedWorkbook(new XSSFWorkbook(), 10), true);
		String files = part(file, "xl/worksheets/sheet1.xml");

		// after the rows and the filter, before the page's margins and set-up
		assertThat(files.indexOf("<hyperlinks>")).isGreaterThan(files.indexOf("</sheetData>"))
				.isGreaterThan(files.indexOf("<autoFilter")).isLessThan(files.indexOf("<pageMargins"));
		assertThat(files).startsWith("<?xml")
				.contains("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
						+ StreamedWorkbook.RELATIONSHIPS_NAMESPACE + "\">");
		assertThat(part(file, "xl/worksheets/_rels/sheet1.xml.rels")).contains("get?symbol=E/CN.7/2014/1&amp;lang=F");
		// a sheet without links gets no relationships
		assertThat(part(file, "xl/worksheets/_rels/sheet3.xml.rels")).isNull();
	}

	@Test
	void aSheetWithPoisOwnHyperlinksAndRelationshipsKeepsThemBesideTheStreamedLinks() throws IOException {
		XSSFWorkbook template = new XSSFWorkbook();
		XSSFSheet summary = template.createSheet("Summary");
		XSSFHyperlink own = template.getCreationHelper().createHyperlink(HyperlinkType.URL);
		own.setAddress("https://example.org/summary");
		summary.createRow(0).createCell(0).setCellValue("see");
		summary.getRow(0).getCell(0).setHyperlink(own);
		StreamedWorkbook workbook = new StreamedWorkbook(template, 10);
		Sheet sheet = workbook.getSheet("Summary");
		for (int i = 1; i <= 30; i++) {
			sheet.createRow(i).createCell(1).setCellValue("row " + i);
			workbook.link(sheet, i, 1, "file:///srv/store/" + i + ".pdf");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			workbook.write(out);
		} finally {
			workbook.discard();
		}

		XSSFSheet read = workbookOf(out.toByteArray()).getSheet("Summary");
		assertThat(links(read)).hasSize(31).contains("A1 URL https://example.org/summary",
				"B2 FILE file:///srv/store/1.pdf", "B31 FILE file:///srv/store/30.pdf");
		assertThat(read.getRow(0).getCell(0).getStringCellValue()).isEqualTo("see");
		assertThat(read.getRow(30).getCell(1).getStringCellValue()).isEqualTo("row 30");
	}

	@Test
	void anAddressThatIsNoUriIsRefusedAsPoiRefusesIt() throws IOException {
		StreamedWorkbook workbook = new StreamedWorkbook(new XSSFWorkbook(), 10);
		try {
			Sheet sheet = workbook.createSheet("Files");
			sheet.createRow(0).createCell(0).setCellValue("a b.pdf");

			assertThatIllegalArgumentException().isThrownBy(() -> workbook.link(sheet, 0, 0, "file:///srv/a b.pdf"))
					.withMessage("Address of hyperlink must be a valid URI");
		} finally {
			workbook.discard();
		}
	}

	/**
	 * Three sheets as the report's: Files with 300 linked rows and a filter, Problems with one, Changes with none;
	 * linked by the workbook ({@link StreamedWorkbook#link}) or with POI's hyperlinks.
	 */
	private static byte[] write(SXSSFWorkbook workbook, boolean ours) throws IOException {
		try {
			Sheet files = workbook.createSheet("Files");
			Sheet problems = workbook.createSheet("Problems");
			Sheet changes = workbook.createSheet("Changes");
			for (int i = 0; i < 300; i++) {
				Row row = files.createRow(i + 1);
				row.createCell(0).setCellValue("E/CN.7/2014/" + i);
				row.createCell(4).setCellValue("file " + i);
				link(workbook, files, row, 4, ADDRESSES.get(i % ADDRESSES.size()), ours);
			}
			files.setAutoFilter(new CellRangeAddress(0, 300, 0, 4));
			Row problem = problems.createRow(1);
			problem.createCell(0).setCellValue("E/CN.7/2014/1");
			link(workbook, problems, problem, 0, ADDRESSES.get(0), ours);
			changes.createRow(1).createCell(0).setCellValue("E/CN.7/2014/1");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		} finally {
			if (workbook instanceof StreamedWorkbook streamed) {
				streamed.discard();
			} else {
				workbook.dispose();
				workbook.close();
			}
		}
	}

	private static void link(SXSSFWorkbook workbook, Sheet sheet, Row row, int column, String address, boolean ours) {
		if (ours) {
			((StreamedWorkbook) workbook).link(sheet, row.getRowNum(), column, address);
		} else {
			Hyperlink hyperlink = workbook.getCreationHelper()
					.createHyperlink(address.startsWith("file:") ? HyperlinkType.FILE : HyperlinkType.URL);
			hyperlink.setAddress(address);
			row.getCell(column).setHyperlink(hyperlink);
		}
	}

	private static XSSFWorkbook workbookOf(byte[] file) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(file));
	}

	/** Each hyperlink as its cell, its type and its address, as POI reads them. */
	private static List<String> links(XSSFSheet sheet) {
		List<String> links = new ArrayList<>();
		for (XSSFHyperlink link : sheet.getHyperlinkList()) {
			links.add(link.getCellRef() + " " + link.getType() + " " + link.getAddress());
		}
		return links;
	}

	/**
	 * The text of the zip's entry, or null when there is none; read by the zip's directory, as spreadsheet programs
	 * read it (Java's {@code ZipInputStream} misreads the sizes POI's archive gives its entries, the same with POI's
	 * hyperlinks).
	 */
	private String part(byte[] file, String name) throws IOException {
		Path copy = Files.write(this.dir.resolve("workbook.xlsx"), file);
		try (ZipFile zip = new ZipFile(copy.toFile())) {
			ZipEntry entry = zip.getEntry(name);
			return (entry != null)
					? new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
					: null;
		}
	}

}
