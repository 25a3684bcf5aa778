package org.langcov.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.register.Rejection;
import org.langcov.report.Change;
import org.langcov.report.DocumentLine;
import org.langcov.report.LanguageSummary;
import org.langcov.report.ReportData;
import org.langcov.report.ReportFixtures;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.report.SlotLine;
import org.langcov.report.TimelinessLine;
import org.langcov.timeliness.OnTime;
import org.langcov.timeliness.OnTimeTally;
import org.langcov.timeliness.Verdict;
import org.langcov.vocabulary.Language;

/**
 * The PDF's timeliness section names the versions to chase and gives the totals; the workbook keeps the full list.
 */
class PdfTimelinessTests {

	private static final LocalDate AS_OF = LocalDate.of(2014, 2, 4);

	private static final LocalDate OPENS = LocalDate.of(2014, 3, 13);

	private static final LocalDate DUE = LocalDate.of(2014, 1, 30);

	@TempDir
	Path dir;

	@Test
	void theSectionListsExactlyTheVersionsLateOrOverdueAndTheTotals() throws IOException {
		// given versions on time, late, overdue, not yet due and without a deadline
		List<TimelinessLine> lines = List.of(line("E/CN.7/2014/1", Language.ENGLISH, DUE, LocalDate.of(2014, 1, 10)),
				line("E/CN.7/2014/1", Language.FRENCH, DUE, LocalDate.of(2014, 2, 3)),
				line("E/CN.7/2014/2", Language.ARABIC, DUE, null),
				line("E/CN.7/2014/2", Language.ENGLISH, LocalDate.of(2014, 2, 20), null),
				line("E/CN.7/2014/3", Language.RUSSIAN, DUE.minusDays(1), DUE),
				line("E/CN.7/2014/CRP.1", Language.ENGLISH, null, null));

		// when the PDF is written
		String section = timeliness(write(lines));

		// then the list holds the late and the overdue ones only, with their days, and the totals are there
		assertThat(section).contains("the workbook's Timeliness sheet keeps the full list")
				.contains("On time per language\n"
						+ "Language Due On time Late Overdue Not at opening Not yet due No deadline On time\n")
				.contains("English (E) 1 1 0 0 0 1 1 100.0 %\n").contains("French (F) 1 0 1 0 0 0 0 0.0 %\n")
				.contains("Chinese (C) 0 0 0 0 0 0 0 none due\n").contains("Overall 4 1 2 1 0 1 1 25.0 %\n")
				.contains("Due versions available on time");
		String list = section.substring(section.indexOf("Versions late or overdue\n"));
		assertThat(list.lines().filter((row) -> row.startsWith("E/CN.7/"))).containsExactly(
				"E/CN.7/2014/1 F 2014-01-30 2014-02-03 late by 4 days", "E/CN.7/2014/2 A 2014-01-30 overdue by 5 days",
				"E/CN.7/2014/3 R 2014-01-29 2014-01-30 late by 1 day");
		assertThat(section).doesNotContain("E/CN.7/2014/1 E", "E/CN.7/2014/2 E", "CRP.1", "not yet due\n",
				"no deadline\n");
	}

	@Test
	void versionsNotAvailableAtTheOpeningAreListedAndASessionWithNoneSaysSo() throws IOException {
		List<TimelinessLine> after = List.of(new TimelinessLine("E/CN.7/2014/2", Language.SPANISH, DUE, null,
				Verdict.of(DUE, null, OPENS.plusDays(7), OPENS)));
		assertThat(timeliness(write(after))).contains("E/CN.7/2014/2 S 2014-01-30 not available at the opening");

		List<TimelinessLine> onTime = List.of(line("E/CN.7/2014/1", Language.ENGLISH, DUE, DUE));
		assertThat(timeliness(write(onTime)))
				.contains("Versions late or overdue\nNone: no version has missed its due date.");
	}

	private static TimelinessLine line(String symbol, Language language, LocalDate due, LocalDate availableSince) {
		return new TimelinessLine(symbol, language, due, availableSince, Verdict.of(due, availableSince, AS_OF, OPENS));
	}

	private Path write(List<TimelinessLine> lines) throws IOException {
		ReportData sample = ReportFixtures.sample();
		List<DocumentLine> documents = sample.documents().subList(0, 2);
		Path file = this.dir.resolve("CND57-coverage.pdf");
		new PdfReport(ZoneId.of("UTC"))
				.write(new TimelySource(ReportData.of(sample.run(), documents, List.of(), List.of()), lines), file);
		return file;
	}

	/** The text of the section, from its heading to the end of the report. */
	private static String timeliness(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(document);
			return text.substring(text.lastIndexOf("Timeliness\nAs of " + AS_OF.getYear()));
		}
	}

	/** The sample, with due dates. */
	private record TimelySource(ReportData data, List<TimelinessLine> lines) implements ReportSource {

		@Override
		public RunInfo run() {
			return this.data.run();
		}

		@Override
		public List<LanguageSummary> summary() {
			return this.data.summary();
		}

		@Override
		public void documents(Consumer<DocumentLine> action) {
			this.data.documents(action);
		}

		@Override
		public void slots(Consumer<SlotLine> action) {
			this.data.slots(action);
		}

		@Override
		public void changes(Consumer<Change> action) {
			this.data.changes(action);
		}

		@Override
		public void rejections(Consumer<Rejection> action) {
			this.data.rejections(action);
		}

		@Override
		public Optional<LocalDate> asOf() {
			return Optional
					.of(this.lines.get(0).verdict().kind() == Verdict.Kind.NOT_AT_OPENING ? OPENS.plusDays(7) : AS_OF);
		}

		@Override
		public void timeliness(Consumer<TimelinessLine> action) {
			this.lines.forEach(action);
		}

		@Override
		public List<OnTime> onTime() {
			OnTimeTally tally = new OnTimeTally();
			this.lines.forEach((line) -> tally.add(line.language(), line.verdict()));
			return new ArrayList<>(tally.lines());
		}

	}

}
