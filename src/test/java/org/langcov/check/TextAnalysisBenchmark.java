package org.langcov.check;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.langcov.vocabulary.Language;

/**
 * Measures the text analysis of a {@link ContentCheck} alone, on the quick texts ({@link QuickText}) of a store's
 * files: whether page 1 shows the slot's own symbol ({@link PageSymbols#find}), and the language of the first pages
 * ({@link LanguageIdentifier#judge}). The texts are read first, outside the timing; then every text is analysed once
 * (the first pass, while the JIT compiles, as in a cold run) and again in further passes. It prints microseconds of
 * processor time per file of each (the first pass, and the best further one), and a digest of every verdict, which a
 * change meant to make the analysis cheaper must leave as it is. A benchmark, not a test (it sits in this package for
 * the package-private classes it times). From the project root, with the launcher's quick compiler alone, over a store
 * of {@code bench/run.sh} (files named {@code E_CN.7_2014_1-AR.pdf}):
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *   org.langcov.check.TextAnalysisBenchmark target/bench/1000/store
 * </pre>
 */
public final class TextAnalysisBenchmark {

	private static final int PASSES = Integer.getInteger("passes", 10);

	private TextAnalysisBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<Page> pages = read(Path.of(args[0]));
		// processor time, not wall time: the machine is shared, and the compiler's threads are not counted
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long[] symbolNanos = new long[PASSES];
		long[] languageNanos = new long[PASSES];
		long digest = 0;
		for (int pass = 0; pass < PASSES; pass++) {
			long started = cpu.getCurrentThreadCpuTime();
			long symbols = 0;
			for (Page page : pages) {
				symbols = 31 * symbols + (showsOwn(page) ? 1 : 2);
			}
			long between = cpu.getCurrentThreadCpuTime();
			long languages = 0;
			for (Page page : pages) {
				languages = 31 * languages + verdict(page).hashCode();
			}
			languageNanos[pass] = cpu.getCurrentThreadCpuTime() - between;
			symbolNanos[pass] = between - started;
			digest = symbols * 17 + languages;
		}
		report("own symbol on page 1", symbolNanos, pages.size());
		report("language of the text", languageNanos, pages.size());
		System.out.printf("(%d files, %d characters of text on average; verdicts digest %016x; %s)%n", pages.size(),
				pages.stream().mapToInt((page) -> page.texts().firstPages().length()).sum() / Math.max(1, pages.size()),
				digest, Runtime.version());
	}

	/** What a {@link ContentCheck} settles on the quick text, written out so that it hashes the same every run. */
	private static String verdict(Page page) {
		if (!LanguageIdentifier.hasText(page.texts().firstPages())) {
			return "no text";
		}
		TextLanguage language = LanguageIdentifier.judge(page.texts().firstPages());
		return language.kind() + " " + language.language() + " " + language.reason();
	}

	private static boolean showsOwn(Page page) {
		return PageSymbols.find(page.texts().pageOne()).stream().map(PageSymbols::key)
				.anyMatch(page.expected().keys()::contains);
	}

	private static void report(String what, long[] nanos, int files) {
		// the best of the further passes: other work on the machine only ever slows a pass
		long best = Arrays.stream(nanos, 1, nanos.length).min().orElse(nanos[0]);
		System.out.printf("%-22s first pass %6.1f µs a file, best further pass %6.1f µs a file%n", what,
				nanos[0] / 1e3 / files, best / 1e3 / files);
	}

	private static List<Page> read(Path store) throws IOException {
		List<Page> pages = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listed = Files.list(store)) {
			files = listed.filter((file) -> file.toString().endsWith(".pdf")).sorted().toList();
		}
		for (Path file : files) {
			Optional<Expected> expected = expected(file.getFileName().toString());
			try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file))) {
				List<PDPage> firstPages = new ArrayList<>();
				for (int i = 0; i < Math.min(StrippedText.PAGES, document.getNumberOfPages()); i++) {
					firstPages.add(document.getPage(i));
				}
				Deadline deadline = Deadline.none();
				PageTexts texts = QuickText.read(firstPages, deadline, new StreamBudget(deadline));
				if (texts != null && expected.isPresent()) {
					pages.add(new Page(texts, expected.get()));
				}
			}
		}
		return pages;
	}

	/** The slot a store's file is for, from its name: {@code E_CN.7_2014_1-AR.pdf}. */
	private static Optional<Expected> expected(String name) {
		int dash = name.lastIndexOf('-');
		if (dash < 0 || !name.endsWith(".pdf")) {
			return Optional.empty();
		}
		return Language.ofIso(name.substring(dash + 1, name.length() - ".pdf".length()))
				.map((language) -> new Expected(List.of(name.substring(0, dash).replace('_', '/')), language));
	}

	private record Page(PageTexts texts, Expected expected) {
	}

}
