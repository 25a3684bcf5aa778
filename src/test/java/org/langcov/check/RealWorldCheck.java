package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.slf4j.LoggerFactory;

/**
 * Inspects folders of real-world PDFs as a slot would, for {@code bench/realworld.sh}: each file through the job's
 * {@link TimedInspector} around {@link PdfInspector}, with the default {@code file-timeout} of 30 s, as the English
 * version of a document whose symbol no public file shows. Writes one tab-separated line a file: path, status, pages,
 * PDF version, detected language, inspection time in ms, size, detail, for a WRONG_DOCUMENT or WRONG_LANGUAGE verdict
 * the symbols page 1 shows and the start of the text it was judged on, then the time the inspection took on the
 * watchdog's worker thread and the processor time that thread spent on it, in ms. The inspection time is the one a run
 * sees, through the watchdog: handing the file to the worker and the verdict back costs little on an idle machine, and
 * a wait for a core at each end on a busy one. A check, not a test: {@code bench/realworld.sh} runs it with the JVM
 * options the launcher gives a run; by hand, from the project root,
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.langcov.check.RealWorldCheck -Dexec.classpathScope=test -Dexec.args="LIST OUT.tsv [THREADS]"
 * </pre>
 *
 * where LIST names one file a line.
 */
public final class RealWorldCheck {

	/** The job's default {@code file-timeout}. */
	private static final Duration FILE_TIMEOUT = Duration.ofSeconds(30);

	/** A symbol of the form UN documents have, which no public test file shows. */
	private static final Expected ENGLISH_SLOT = new Expected(List.of("ZZ/REALWORLD/2026/1"), Language.ENGLISH);

	private static final int SAMPLE_CHARS = 240;

	private RealWorldCheck() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: RealWorldCheck LIST OUT.tsv [THREADS]");
		}
		quietPdfBox();
		List<Path> files = Files.readAllLines(Path.of(args[0])).stream().filter((line) -> !line.isBlank()).map(Path::of)
				.toList();
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 2;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		PdfInspector inspector = new PdfInspector();
		ThreadMXBean processor = ManagementFactory.getThreadMXBean();
		Map<Path, String> worker = new ConcurrentHashMap<>();
		// the job's TimedInspector, the time on its worker thread noted
		TimedInspector.Task timed = (file, expected, deadline) -> {
			long cpu = processor.getCurrentThreadCpuTime();
			long started = System.nanoTime();
			Inspection found = inspector.inspect(file, expected, deadline);
			worker.put(file, String.format(Locale.ROOT, "%.2f\t%.2f", (System.nanoTime() - started) / 1e6,
					(processor.getCurrentThreadCpuTime() - cpu) / 1e6));
			return found;
		};
		try (TimedInspector inspection = new TimedInspector(timed, FILE_TIMEOUT, TimedInspector.GRACE);
				PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
			List<Future<String>> lines = new ArrayList<>();
			for (Path file : files) {
				lines.add(pool.submit(() -> line(file, inspection) + "\t" + worker.getOrDefault(file, "\t")));
			}
			int done = 0;
			for (Future<String> line : lines) {
				out.println(line.get());
				if (++done % 200 == 0) {
					System.err.printf("  %d of %d files inspected%n", done, files.size());
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static String line(Path file, TimedInspector inspection) {
		long started = System.nanoTime();
		Inspection found = inspection.inspect(file, ENGLISH_SLOT);
		double millis = (System.nanoTime() - started) / 1e6;
		String symbols = "";
		String sample = "";
		if (found.status() == Status.WRONG_DOCUMENT || found.status() == Status.WRONG_LANGUAGE) {
			PageTexts texts = texts(file);
			if (texts != null) {
				symbols = String.join(" ", PageSymbols.find(texts.pageOne()));
				String flat = texts.firstPages().replaceAll("\\s+", " ").strip();
				sample = flat.substring(0, Math.min(SAMPLE_CHARS, flat.length()));
			}
		}
		return String.join("\t", file.toString(), found.status().name(), text(found.pages()), text(found.pdfVersion()),
				(found.detectedLanguage() != null) ? found.detectedLanguage().name() : "",
				String.format(Locale.ROOT, "%.2f", millis), text(found.bytes()), clean(found.detail()), symbols,
				clean(sample));
	}

	/**
	 * The text the verdict was taken on, read again (it read once within the deadline).
	 */
	private static PageTexts texts(Path file) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			List<PDPage> pages = new ArrayList<>();
			for (int i = 0; i < Math.min(StrippedText.PAGES, document.getNumberOfPages()); i++) {
				pages.add(document.getPage(i));
			}
			return StrippedText.read(document, pages, Deadline.after(FILE_TIMEOUT));
		} catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String clean(String value) {
		return value.replaceAll("[\\t\\r\\n]+", " ");
	}

	/**
	 * PDFBox warns several times a file about fonts it substitutes; the job sets its loggers to ERROR, and so does this
	 * check when Logback is the binding.
	 */
	private static void quietPdfBox() {
		if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
			context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.ERROR);
		}
	}

}
