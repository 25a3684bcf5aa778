package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.langcov.fixtures.UnDocumentPdf;

/**
 * Measures the time to inspect a typical two-page document: the CND57 fixture's report in each of the six languages,
 * inspected over and over once the JIT is warm. It prints the median and the 90th percentile of three ways: opening the
 * file only (what langcov did before the content checks), the full inspection, and the full inspection through the
 * watchdog's worker thread, as the job runs it. The full text is PDFTextStripper's, the quick text {@link QuickText}'s.
 * A benchmark, not a test: from the project root,
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.langcov.check.InspectionBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class InspectionBenchmark {

	private static final int WARM_UP = 3_000;

	private static final int MEASURED = 3_000;

	private InspectionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Files.createTempDirectory("langcov-benchmark");
		List<Path> files = new ArrayList<>();
		List<Expected> slots = new ArrayList<>();
		for (Language language : Language.values()) {
			files.add(UnDocumentPdf.of(language, "E/CN.7/2014/3").footnote("E/CN.7/2014/1")
					.writeTo(folder.resolve(language.iso() + ".pdf")));
			slots.add(new Expected(List.of("E/CN.7/2014/3"), language));
		}
		PdfInspector inspector = new PdfInspector();
		try (TimedInspector timed = new TimedInspector(inspector, Duration.ofSeconds(30))) {
			report("open only", measure(files, (i) -> openOnly(files.get(i))));
			report("open, stream budget", measure(files, (i) -> budgetOnly(files.get(i))));
			report("open, full text", measure(files, (i) -> textOnly(files.get(i))));
			report("open, quick text", measure(files, (i) -> quickTextOnly(files.get(i))));
			report("inspection", measure(files, (i) -> check(inspector.inspect(files.get(i), slots.get(i)))));
			report("inspection, watchdog", measure(files, (i) -> check(timed.inspect(files.get(i), slots.get(i)))));
		}
		System.out.printf("(%d files of %d to %d bytes, %d warm-up and %d measured inspections each; %s)%n",
				files.size(), files.stream().mapToLong(InspectionBenchmark::size).min().orElse(0),
				files.stream().mapToLong(InspectionBenchmark::size).max().orElse(0), WARM_UP, MEASURED,
				Runtime.version());
	}

	private static long[] measure(List<Path> files, Step step) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			step.run(i % files.size());
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long started = System.nanoTime();
			step.run(i % files.size());
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static void report(String what, long[] sorted) {
		System.out.printf("%-22s median %.2f ms, 90th percentile %.2f ms%n", what, sorted[sorted.length / 2] / 1e6,
				sorted[sorted.length * 9 / 10] / 1e6);
	}

	private static void openOnly(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			document.getPage(0);
		}
	}

	private static void budgetOnly(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			StreamBudget budget = new StreamBudget(Deadline.none());
			budget.check(document.getPage(0));
			budget.check(document.getPage(1));
		}
	}

	private static void textOnly(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			StrippedText.read(document, List.of(document.getPage(0), document.getPage(1)), Deadline.none());
		}
	}

	private static void quickTextOnly(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			if (QuickText.read(List.of(document.getPage(0), document.getPage(1)), Deadline.none(),
					new StreamBudget(Deadline.none())) == null) {
				throw new IllegalStateException("the benchmark's files have fonts the quick text reads");
			}
		}
	}

	private static void check(Inspection inspection) {
		if (inspection.status() != Status.AVAILABLE) {
			throw new IllegalStateException("the benchmark's files must be available: " + inspection);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException ex) {
			return -1;
		}
	}

	@FunctionalInterface
	private interface Step {

		void run(int index) throws Exception;

	}

}
