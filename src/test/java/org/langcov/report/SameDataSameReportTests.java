package org.langcov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.html.HtmlReport;
import org.langcov.report.pdf.PdfReport;
import org.langcov.report.workbook.ExcelReport;

/**
 * Two runs over the same data give the same reports, apart from the run's time: nothing in either file comes from the
 * clock of writing, so a changed report always means changed data.
 */
class SameDataSameReportTests {

	@TempDir
	Path dir;

	@Test
	void theSameRunWrittenTwiceGivesTheSameFiles() throws Exception {
		ReportData data = ReportFixtures.sample();
		Path[] first = write(data, "first");
		// Long enough for a timestamp of whole seconds to move on.
		Thread.sleep(1_100);
		Path[] second = write(data, "second");
		assertThat(Files.mismatch(first[0], second[0])).as("workbook").isEqualTo(-1);
		assertThat(Files.mismatch(first[1], second[1])).as("PDF").isEqualTo(-1);
		assertThat(Files.mismatch(first[2], second[2])).as("page").isEqualTo(-1);
	}

	@Test
	void anotherRunOverTheSameDataDiffersOnlyInItsTime() throws Exception {
		ReportData data = ReportFixtures.sample();
		RunInfo run = data.run();
		RunInfo later = new RunInfo(run.session(), run.title(), Instant.parse("2014-03-11T01:30:00Z"), run.register(),
				run.store(), run.firstRun());
		Path[] first = write(data, "first");
		Path[] second = write(new ReportData(later, data.summary(), data.documents(), data.slots(), data.changes(),
				data.rejections(), data.notes()), "second");
		assertThat(text(second[1]).replace("2014-03-11 01:30", "2014-03-10 01:30")).isEqualTo(text(first[1]));
		assertThat(Files.readString(second[2]).replace("2014-03-11", "2014-03-10"))
				.isEqualTo(Files.readString(first[2]));
	}

	private Path[] write(ReportData data, String name) throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve(name));
		Path workbook = folder.resolve("CND57-coverage.xlsx");
		Path pdf = folder.resolve("CND57-coverage.pdf");
		Path page = folder.resolve("CND57-coverage.html");
		new ExcelReport(ZoneOffset.UTC).write(data, workbook);
		new PdfReport(ZoneOffset.UTC).write(data, pdf);
		new HtmlReport(ZoneOffset.UTC).write(data, page);
		return List.of(workbook, pdf, page).toArray(Path[]::new);
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
