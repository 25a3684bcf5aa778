package org.langcov.register;

import org.langcov.fixtures.Workbooks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.langcov.fixtures.Workbooks.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.BrokenRegisters;

class XlsxRegisterReaderBrokenFileTests {

	@TempDir
	Path dir;

	@Test
	void aMissingFileIsReportedAsNotFound() {
		Path file = this.dir.resolve("missing.xlsx");

		assertRegisterFailure(file).hasMessage(file + ": file not found").hasNoCause();
	}

	@Test
	void aFolderIsNotASpreadsheet() throws IOException {
		Path file = Files.createDirectory(this.dir.resolve("folder.xlsx"));

		assertRegisterFailure(file).hasMessage(file + ": is a folder, not a spreadsheet file");
	}

	@Test
	void aZeroByteFileIsReportedAsEmpty() throws IOException {
		Path file = Files.createFile(this.dir.resolve("empty.xlsx"));

		assertRegisterFailure(file).hasMessage(file + ": the file is empty (0 bytes)");
	}

	@Test
	void randomBytesAreNotASpreadsheet() throws IOException {
		byte[] bytes = new byte[4096];
		new Random(57).nextBytes(bytes);
		Path file = Files.write(this.dir.resolve("random.xlsx"), bytes);

		assertRegisterFailure(file).hasMessage(file + ": not a spreadsheet (.xlsx) file");
	}

	@Test
	void aPdfRenamedXlsxIsNotASpreadsheet() throws IOException {
		Path file = Files.writeString(this.dir.resolve("report.xlsx"),
				"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", StandardCharsets.US_ASCII);

		assertRegisterFailure(file).hasMessage(file + ": not a spreadsheet (.xlsx) file: it is a PDF");
	}

	@Test
	void aZipThatIsNoOfficeDocumentIsNotASpreadsheet() throws IOException {
		Path file = this.dir.resolve("archive.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("hello".getBytes(StandardCharsets.US_ASCII));
		}

		assertRegisterFailure(file).hasMessage(file + ": not a spreadsheet (.xlsx) file").cause().isNotNull();
	}

	@Test
	void aWorkbookCutShortIsCalledCutShortNotSomethingElse() throws IOException {
		// given a register whose copy stopped half way
		Path file = BrokenRegisters.truncatedXlsx(this.dir.resolve("cnd57.xlsx"));

		// when it is read, then
		assertRegisterFailure(file).hasMessage(file + ": the workbook is cut short: the file ends before its last part"
				+ " (a copy or a download that stopped part way?); copy or save it again");
	}

	@Test
	void aWorkbookMissingOnlyItsLastBytesIsCalledCutShortNotReadInPart() throws IOException {
		// given a register whose copy stopped ten bytes before the end
		Path file = BrokenRegisters.xlsxWithoutItsLastBytes(this.dir.resolve("cnd57.xlsx"));

		// when it is read, then
		assertRegisterFailure(file).hasMessageStartingWith(file + ": the workbook is cut short:");
	}

	@Test
	void aWordDocumentRenamedXlsxIsNotASpreadsheet() throws IOException {
		Path file = this.dir.resolve("letter.xlsx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			document.createParagraph().createRun().setText("Dear colleagues");
			document.write(out);
		}

		assertRegisterFailure(file)
				.hasMessage(file + ": not a spreadsheet (.xlsx) file: it is another kind of Office document");
	}

	@Test
	void aPasswordProtectedWorkbookIsReportedAsSuch() throws Exception {
		Path file = this.dir.resolve("secret.xlsx");
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("secret");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream encrypted = encryptor.getDataStream(fs)) {
				book.createSheet("Register").createRow(0).createCell(0).setCellValue("Symbol");
				book.write(encrypted);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}

		assertRegisterFailure(file).hasMessage(file + ": the workbook is password-protected");
	}

	@Test
	void anExcel97WorkbookUnderAnXlsxNameIsReadAsWhatItIs() throws IOException {
		Path file = Workbooks.xls().sheet("Register").row(1, "Symbol").row(2, "E/CN.7/2014/1")
				.write(this.dir.resolve("old.xlsx"));

		List<RegisterRow> rows = new ArrayList<>();
		new XlsxRegisterReader().read(file, null, rows::add);

		assertThat(rows).extracting((row) -> row.text(Column.SYMBOL)).containsExactly("E/CN.7/2014/1");
	}

	@Test
	void aWorkbookWithoutSheetsIsReportedAsSuch() throws IOException {
		Path file = workbook().write(this.dir.resolve("nosheets.xlsx"));

		assertRegisterFailure(file).hasMessage(file + ": the workbook has no sheets");
	}

	@Test
	void aWorkbookWithAnEmptySheetHasNoHeader() throws IOException {
		Path file = workbook().sheet("Sheet1").write(this.dir.resolve("blank.xlsx"));

		assertRegisterFailure(file)
				.hasMessage(file + ": no Symbol column in the first 20 rows (nothing in the first 20 rows)");
	}

	@Test
	void aRegisterWithoutSymbolColumnListsTheColumnsFound() throws IOException {
		Path file = workbook().row(1, "CND57 documents").row(3, "Title", "Lang").row(4, "Agenda", "E")
				.write(this.dir.resolve("x.xlsx"));

		assertRegisterFailure(file)
				.hasMessage(file + ": no Symbol column in the first 20 rows (columns found: Title, Lang)");
	}

	@Test
	void aZipBombIsNotRead() throws IOException {
		// megabytes of shared strings that compress to almost nothing
		Workbooks book = workbook().row(1, "Symbol", "Title");
		for (int i = 1; i <= 200; i++) {
			book.row(i + 1, "E/CN.7/2014/" + i, i + "x".repeat(30_000));
		}
		Path file = book.write(this.dir.resolve("bomb.xlsx"));

		assertRegisterFailure(file).hasMessageContaining("zip bomb").cause().isNotNull();
	}

	@Test
	void aWorkbookWithABrokenSheetIsReportedAsDamaged() throws IOException {
		Path good = workbook().sheet("Register").row(1, "Symbol").row(2, "E/CN.7/2014/1")
				.write(this.dir.resolve("good.xlsx"));
		Path file = this.dir.resolve("damaged.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				byte[] content = in.readAllBytes();
				out.write(
						entry.getName().endsWith("sheet1.xml") ? Arrays.copyOf(content, content.length / 2) : content);
			}
		}

		assertRegisterFailure(file).hasMessage(file + ": the workbook is damaged and cannot be read").cause()
				.isNotNull();
	}

	private AbstractThrowableAssert<?, ? extends Throwable> assertRegisterFailure(Path file) {
		return assertThatThrownBy(() -> new XlsxRegisterReader().read(file, null, row -> {
		})).isInstanceOf(RegisterException.class)
				.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("Exception").doesNotContain("\n"));
	}

}
