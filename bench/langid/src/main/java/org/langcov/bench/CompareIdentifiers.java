package org.langcov.bench;

import org.langcov.vocabulary.Language;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.langcov.check.OwnIdentifier;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * Measures one candidate identifier, restricted to the six languages: the time
 * to load it and identify a first text, the heap it holds, the size of its
 * jars, the time per identification, and its accuracy on the {@link Corpus}
 * by sample length: right, wrong, and undecided.
 */
public final class CompareIdentifiers {

	private static final int[] LENGTHS = {5, 10, 20, 50, 100};

	public static void main(String[] args) throws Exception {
		String candidate = args[0];
		Path project = Path.of("../..").toAbsolutePath().normalize();
		long heapBefore = usedHeap();
		long started = System.nanoTime();
		Function<String, String> identifier = load(candidate);
		identifier.apply("The Commission on Narcotic Drugs took note of the report.");
		double loadMillis = (System.nanoTime() - started) / 1e6;
		long heap = usedHeap() - heapBefore;
		System.out.printf("%s: load %.0f ms, heap %.1f MB, jars %.1f MB%n", candidate, loadMillis, heap / 1048576.0,
				jars(candidate) / 1048576.0);
		long identified = 0;
		long nanos = 0;
		for (int words : LENGTHS) {
			Map<String, int[]> bySource = new TreeMap<>();
			for (Corpus.Sample sample : Corpus.samples(project, words, 200)) {
				long t = System.nanoTime();
				String found = identifier.apply(sample.text());
				nanos += System.nanoTime() - t;
				identified++;
				String key = sample.source() + (List.of("EN", "FR", "ES").contains(sample.language()) ? " E/F/S"
						: " A/C/R");
				int[] counts = bySource.computeIfAbsent(key, (k) -> new int[3]);
				counts[(found == null) ? 2 : found.equals(sample.language()) ? 0 : 1]++;
				if (found != null && !found.equals(sample.language()) && Boolean.getBoolean("show.wrong")) {
					System.out.println("    WRONG " + sample.language() + " as " + found + ": " + sample.text());
				}
			}
			bySource.forEach((source, c) -> System.out.printf("  %3d words, %-16s right %5.1f%% wrong %5.1f%%"
					+ " undecided %5.1f%% (n=%d)%n", words, source, pct(c[0], c), pct(c[1], c), pct(c[2], c),
					c[0] + c[1] + c[2]));
		}
		System.out.printf("  %.1f µs per identification (mean over %d)%n", nanos / 1e3 / identified, identified);
	}

	private static Function<String, String> load(String candidate) throws Exception {
		switch (candidate) {
			case "langcov" :
				return OwnIdentifier::identify;
			case "lingua" :
			case "lingua-low" : {
				var builder = LanguageDetectorBuilder.fromLanguages(com.github.pemistahl.lingua.api.Language.ARABIC,
						com.github.pemistahl.lingua.api.Language.CHINESE,
						com.github.pemistahl.lingua.api.Language.ENGLISH,
						com.github.pemistahl.lingua.api.Language.FRENCH,
						com.github.pemistahl.lingua.api.Language.RUSSIAN,
						com.github.pemistahl.lingua.api.Language.SPANISH).withPreloadedLanguageModels();
				LanguageDetector detector = candidate.equals("lingua")
						? builder.build()
						: builder.withLowAccuracyMode().build();
				return (text) -> {
					var language = detector.detectLanguageOf(text);
					return (language == com.github.pemistahl.lingua.api.Language.UNKNOWN)
							? null
							: language.getIsoCode639_1().toString().toUpperCase();
				};
			}
			case "optimaize" : {
				var profiles = new LanguageProfileReader().read(List.of("ar", "zh-CN", "en", "fr", "ru", "es"));
				var detector = com.optimaize.langdetect.LanguageDetectorBuilder.create(NgramExtractors.standard())
						.withProfiles(profiles).build();
				TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
				return (text) -> {
					var found = detector.detect(texts.forText(text));
					return found.isPresent() ? found.get().getLanguage().toUpperCase() : null;
				};
			}
			default :
				throw new IllegalArgumentException("candidates: langcov, lingua, lingua-low, optimaize");
		}
	}

	/** The jars a candidate brings, by their names on the class path. */
	private static long jars(String candidate) {
		List<String> prefixes = switch (candidate) {
			case "lingua", "lingua-low" -> List.of("lingua-", "kotlin-", "moshi", "okio", "fastutil", "annotations-");
			case "optimaize" -> List.of("language-detector-", "guava-", "jsonic-", "annotations-", "slf4j-api");
			default -> List.of();
		};
		long size = 0;
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			String name = new File(entry).getName();
			if (prefixes.stream().anyMatch(name::startsWith)) {
				size += new File(entry).length();
			}
		}
		return size;
	}

	private static long usedHeap() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static double pct(int part, int[] counts) {
		return 100.0 * part / (counts[0] + counts[1] + counts[2]);
	}

}
