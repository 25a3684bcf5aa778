package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** The shared strings read as plain text give what POI's own reading gives, string for string. */
class XlsxSharedStringsTests {

	@TempDir
	Path dir;

	private static final String SST = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="14" uniqueCount="13">
			<si><t>E/CN.7/2014/1</t></si>
			<si><t xml:space="preserve">  Provisional agenda  </t></si>
			<si><r><rPr><b/></rPr><t>Report of the </t></r><r><t>Commission</t></r></si>
			<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
			<si><t>Line one_x000D_
			line two</t></si>
			<si><t>_x005F_x0041_ is how Excel writes _x0041_</t></si>
			<si><t>caf_x00e9_ and _x00E9_, not _x00G9_ nor _x12_ nor _x00e9</t></si>
			<si><t>تقرير اللجنة</t></si>
			<si><t>Доклад Комиссии</t></si>
			<si><t></t></si>
			<si><rPh sb="0" eb="0"><t>only phonetic</t></rPh></si>
			<si><t>_x0041__x0042_</t></si>
			<si><t>_x</t></si>
			</sst>
			""";

	@Test
	void handWrittenStringsAreReadAsPoiReadsThem() throws IOException, SAXException {
		byte[] content = SST.getBytes(StandardCharsets.UTF_8);
		XlsxSharedStrings plain = XlsxSharedStrings.read(new ByteArrayInputStream(content));
		ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(new ByteArrayInputStream(content), false);

		assertThat(texts(plain)).hasSize(13).isEqualTo(texts(poi));
		assertThat(plain.getCount()).isEqualTo(poi.getCount()).isEqualTo(14);
		assertThat(plain.getUniqueCount()).isEqualTo(poi.getUniqueCount()).isEqualTo(13);
		// what the comparison rests on, said outright
		assertThat(texts(plain)).contains("Report of the Commission", "東京", "Line one\r\nline two",
				"_x0041_ is how Excel writes A", "café and é, not _x00G9_ nor _x12_ nor _x00e9", "", "AB", "_x");
	}

	@Test
	void aWorkbookPoiWroteIsReadAsPoiReadsIt() throws IOException, SAXException, InvalidFormatException {
		Path file = this.dir.resolve("register.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Documents");
			XSSFRichTextString rich = new XSSFRichTextString("Report of the Commission on Narcotic Drugs");
			XSSFFont bold = workbook.createFont();
			bold.setBold(true);
			rich.applyFont(0, 6, bold);
			sheet.createRow(0).createCell(0).setCellValue(rich);
			sheet.createRow(1).createCell(0).setCellValue("Agenda item 4\r\n(continued)");
			sheet.createRow(2).createCell(0).setCellValue("_x0041_ literally, and a tab\there");
			sheet.createRow(3).createCell(0).setCellValue("مشروع جدول الأعمال المؤقت");
			try (var out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			List<String> plain = texts(XlsxSharedStrings.of(pkg));

			assertThat(plain).isEqualTo(texts(new ReadOnlySharedStringsTable(pkg, false)));
			// POI writes the _x0041_ as it is, and reads it back as the character it names, as Excel does
			assertThat(plain).containsExactly("Report of the Commission on Narcotic Drugs",
					"Agenda item 4\r\n(continued)", "A literally, and a tab\there", "مشروع جدول الأعمال المؤقت");
		}
	}

	@Test
	void anEmptyPartHasNoStringsAndAnIndexBeyondThemSaysSo() throws IOException, SAXException {
		XlsxSharedStrings none = XlsxSharedStrings.read(InputStream.nullInputStream());

		assertThat(none.getUniqueCount()).isZero();
		assertThatThrownBy(() -> none.getItemAt(0)).isInstanceOf(IllegalStateException.class)
				.hasMessage("shared string 0 asked for, the workbook has 0");
	}

	@Test
	void aStringIsPlainTextReadOnly() throws IOException, SAXException {
		XlsxSharedStrings strings = XlsxSharedStrings
				.read(new ByteArrayInputStream(SST.getBytes(StandardCharsets.UTF_8)));

		var text = strings.getItemAt(2);
		assertThat(text.toString()).isEqualTo(text.getString()).isEqualTo("Report of the Commission");
		assertThat(text.length()).isEqualTo(24);
		assertThat(text.numFormattingRuns()).isZero();
		assertThatThrownBy(text::clearFormatting).isInstanceOf(UnsupportedOperationException.class);
	}

	private static List<String> texts(SharedStrings strings) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < strings.getUniqueCount(); i++) {
			texts.add(strings.getItemAt(i).toString());
		}
		return texts;
	}

}
