package org.langcov.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * What the stream cache of one document costs when nothing is written to it, as for every file the inspection reads:
 * PDFBox's temporary-file cache set up in langcov's folder (as {@link TempFolder#streamCache()} did until issue 19's
 * eighth round: the folder made, the scratch file checked), against the cache set up on first write. Rounds of 5,875
 * documents (a run of the benchmark's 1,000), each way in turn, on the launcher's options. A benchmark, not a test:
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp %classpath org.langcov.system.StreamCacheBenchmark"
 * </pre>
 */
public final class StreamCacheBenchmark {

	private static final int DOCUMENTS = 5_875;

	private static final int ROUNDS = 9;

	private StreamCacheBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path home = Files.createTempDirectory("langcov-stream-cache");
		System.setProperty(LangcovHome.PROPERTY, home.toString());
		double[] setUp = new double[ROUNDS];
		double[] onFirstWrite = new double[ROUNDS];
		try (TempFolder folder = TempFolder.open()) {
			for (int round = 0; round < ROUNDS; round++) {
				setUp[round] = seconds(() -> MemoryUsageSetting.setupTempFileOnly()
						.setTempDir(Files.createDirectories(TempFolder.path()).toFile()).streamCache.create());
				onFirstWrite[round] = seconds(() -> TempFolder.streamCache().create());
			}
		}
		System.out.printf("stream caches of %,d documents, made and closed unused, median of %d rounds:%n", DOCUMENTS,
				ROUNDS);
		System.out.printf("  PDFBox's set up for each: %.3f s %s%n", median(setUp), Arrays.toString(setUp));
		System.out.printf("  set up on first write:    %.3f s %s%n", median(onFirstWrite),
				Arrays.toString(onFirstWrite));
	}

	private static double seconds(Cache cache) throws IOException {
		long started = System.nanoTime();
		for (int i = 0; i < DOCUMENTS; i++) {
			cache.create().close();
		}
		return Math.round((System.nanoTime() - started) / 1e6) / 1e3;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	@FunctionalInterface
	private interface Cache {

		RandomAccessStreamCache create() throws IOException;

	}

}
