package org.langcov.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.register.Rejection;

/**
 * The two reports, written side by side, are moved into place only when both are complete: a failure in either leaves
 * the previous reports as they were and no temporary file behind.
 */
class ReportFilesTests {

	@TempDir
	Path folder;

	@Test
	void bothReportsAreWrittenAndNothingElse() throws IOException {
		ReportFiles files = new ReportFiles(this.folder, "CND57");

		long changes = files.write(new GeneratedSource(300));

		assertThat(changes).as("changes listed, one in a hundred documents").isEqualTo(3);
		assertThat(Files.readAllBytes(files.workbook())).startsWith('P', 'K');
		assertThat(Files.readString(files.pdf(), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
		assertThat(Files.readString(files.html())).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
		assertThat(names()).containsExactlyInAnyOrder("CND57-coverage.xlsx", "CND57-coverage.pdf",
				"CND57-coverage.html", "CND57-coverage.json");
	}

	@Test
	void reportsAsOfADayGoBesideTheCurrentOnesAndLeaveThemAsTheyWere() throws IOException {
		// given the current reports
		ReportFiles current = new ReportFiles(this.folder, "CND57");
		current.write(new GeneratedSource(20));
		byte[] workbook = Files.readAllBytes(current.workbook());

		// when the reports as of a day are written
		current.asOf(java.time.LocalDate.of(2014, 2, 1)).write(new GeneratedSource(30));

		// then
		assertThat(names()).containsExactlyInAnyOrder("CND57-coverage.xlsx", "CND57-coverage.pdf",
				"CND57-coverage-as-of-2014-02-01.xlsx", "CND57-coverage-as-of-2014-02-01.pdf", "CND57-coverage.json",
				"CND57-coverage-as-of-2014-02-01.json", "CND57-coverage.html", "CND57-coverage-as-of-2014-02-01.html");
		assertThat(Files.readAllBytes(current.workbook())).isEqualTo(workbook);
	}

	@Test
	void aWorkbookThatFailsLeavesThePreviousReports() throws IOException {
		assertFailureKeepsPreviousReports("langcov-workbook");
	}

	@Test
	void aPdfThatFailsLeavesThePreviousReports() throws IOException {
		assertFailureKeepsPreviousReports(Thread.currentThread().getName());
	}

	private void assertFailureKeepsPreviousReports(String failingThread) throws IOException {
		ReportFiles files = new ReportFiles(this.folder, "CND57");
		files.write(new GeneratedSource(20));
		byte[] workbook = Files.readAllBytes(files.workbook());
		byte[] pdf = Files.readAllBytes(files.pdf());
		byte[] html = Files.readAllBytes(files.html());
		byte[] json = Files.readAllBytes(files.json());

		// nothing kept (ReadOnce), so that each report reads the source itself and the failing one fails
		assertThatThrownBy(() -> files.write(new FailingOn(failingThread, new GeneratedSource(300)), 0))
				.isInstanceOf(IllegalStateException.class).hasMessage("the database went away");

		assertThat(Files.readAllBytes(files.workbook())).isEqualTo(workbook);
		assertThat(Files.readAllBytes(files.pdf())).isEqualTo(pdf);
		assertThat(Files.readAllBytes(files.html())).isEqualTo(html);
		assertThat(Files.readAllBytes(files.json())).isEqualTo(json);
		assertThat(names()).containsExactlyInAnyOrder("CND57-coverage.xlsx", "CND57-coverage.pdf",
				"CND57-coverage.html", "CND57-coverage.json");
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

	/** A source that fails half-way through the files, for one thread only. */
	private record FailingOn(String thread, GeneratedSource source) implements ReportSource {

		@Override
		public RunInfo run() {
			return this.source.run();
		}

		@Override
		public List<LanguageSummary> summary() {
			return this.source.summary();
		}

		@Override
		public void documents(Consumer<DocumentLine> action) {
			this.source.documents(action);
		}

		@Override
		public void slots(Consumer<SlotLine> action) {
			int[] count = {0};
			this.source.slots((slot) -> {
				if (++count[0] == 500 && Thread.currentThread().getName().equals(this.thread)) {
					throw new IllegalStateException("the database went away");
				}
				action.accept(slot);
			});
		}

		@Override
		public void changes(Consumer<Change> action) {
			this.source.changes(action);
		}

		@Override
		public void rejections(Consumer<Rejection> action) {
			this.source.rejections(action);
		}

	}

}
