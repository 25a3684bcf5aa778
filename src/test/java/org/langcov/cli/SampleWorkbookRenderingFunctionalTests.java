package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.report.workbook.WorkbookRendering;
import org.langcov.vocabulary.Language;

/**
 * The workbook of a run of the sample (its register and its store, with a French file of a conference room paper
 * expected in English only) renders whole: every value fits its column or wraps in a row tall enough, the column
 * definitions are in order, the Coverage sheet prints the table alone, and the French file is marked apart.
 */
class SampleWorkbookRenderingFunctionalTests {

	@TempDir
	Path home;

	HomeProperty homeProperty;

	@BeforeEach
	void installation() throws IOException {
		this.homeProperty = HomeProperty.set(this.home);
	}

	@AfterEach
	void restore() {
		this.homeProperty.restore();
	}

	@Test
	void theSamplesWorkbookRendersWhole() throws IOException {
		// given the sample's store, and a French file of a paper expected in English only
		Path store = Files.createDirectories(this.home.resolve("store"));
		try (Stream<Path> files = Files.list(Path.of("input/documents/cnd57"))) {
			for (Path file : files.toList()) {
				Files.copy(file, store.resolve(file.getFileName()));
			}
		}
		UnDocumentPdf.of(Language.FRENCH, "E/CN.7/2014/CRP.1").writeTo(store.resolve("E_CN.7_2014_CRP.1-FR.pdf"));
		Path job = Files.writeString(this.home.resolve("cnd57.yml"), """
				session: CND57
				title: Commission on Narcotic Drugs, fifty-seventh session (Vienna, 13-21 March 2014)
				register: %s
				documents: store
				expect:
				  - symbols: "*/CRP.*"
				    languages: E
				  - symbols: "*/NGO/*"
				    languages: E
				output: out
				""".formatted(Path.of("input/registers/cnd57.xlsx").toAbsolutePath()));

		// when
		Console run = Console.run("run", job.toString());

		// then
		assertThat(run.status()).as(run.err()).isZero();
		Path file = this.home.resolve("out/CND57-coverage.xlsx");
		WorkbookRendering.assertColumnsInOrder(file);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			WorkbookRendering.assertEveryValueFits(workbook);
			int index = workbook.getSheetIndex("Coverage");
			XSSFSheet coverage = workbook.getSheetAt(index);
			assertThat(workbook.getPrintArea(index)).isEqualTo("Coverage!$A$1:$I$" + (coverage.getLastRowNum() + 1));
			List<String> crp = List.of();
			for (var row : coverage) {
				if (row.getCell(0).getStringCellValue().equals("E/CN.7/2014/CRP.1")) {
					crp = List.of(row.getCell(5).getStringCellValue(), row.getCell(6).getStringCellValue());
				}
			}
			// English counts, French is there outside coverage
			assertThat(crp).containsExactly("pdf", "(pdf)");
			assertThat(workbook.getSheet("Summary").getRow(7).getCell(0).getStringCellValue()).isEqualTo("Arabic (A)");
		}
	}

}
