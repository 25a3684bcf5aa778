package org.langcov.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The real-world check of {@link ContentTokens}: every page's content stream of every PDF under the folders given (the
 * first ten pages of each file), read by the quick reader and by PDFBox's parser, compared token by token. Prints the
 * pages read quickly, those left to PDFBox's parser and every page whose tokens differ, which should be none. A check
 * to run by hand over public PDFs (never committed), not a test: from the project root,
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.langcov.check.ContentTokensCheck -Dexec.classpathScope=test \
 *     -Dexec.args="DIR..."
 * </pre>
 */
public final class ContentTokensCheck {

	private static final int PAGES = 10;

	private ContentTokensCheck() {
	}

	public static void main(String[] args) throws Exception {
		List<Path> files;
		try (Stream<Path> found = Stream.of(args).map(Path::of).flatMap(ContentTokensCheck::walk)) {
			files = found.filter((file) -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
					.sorted().toList();
		}
		int[] totals = new int[4];
		ExecutorService pool = Executors.newSingleThreadExecutor();
		for (Path file : files) {
			Future<int[]> counted = pool.submit(() -> check(file));
			int[] counts;
			try {
				counts = counted.get(60, TimeUnit.SECONDS);
			} catch (java.util.concurrent.TimeoutException ex) {
				System.out.println("took too long: " + file);
				pool.shutdownNow();
				pool = Executors.newSingleThreadExecutor();
				continue;
			} catch (java.util.concurrent.ExecutionException ex) {
				counts = new int[]{0, 0, 0, 1};
			}
			for (int i = 0; i < totals.length; i++) {
				totals[i] += counts[i];
			}
		}
		pool.shutdownNow();
		System.out.printf("%d files (%d not opened by PDFBox): %d pages read quickly, %d left to PDFBox's parser, "
				+ "%d read differently%n", files.size(), totals[3], totals[0], totals[1], totals[2]);
	}

	/** Pages read quickly, left to PDFBox, read differently; and 1 when the file does not open. */
	private static int[] check(Path file) {
		int[] counts = new int[4];
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			int n = 0;
			for (PDPage page : document.getPages()) {
				if (n++ >= PAGES) {
					break;
				}
				byte[] content;
				try (InputStream in = page.getContents()) {
					content = in.readAllBytes();
				} catch (IOException | RuntimeException ex) {
					continue;
				}
				List<String> quick = ContentTokensTests.quick(content);
				if (quick.equals(ContentTokensTests.LEFT_TO_PDFBOX)) {
					counts[1]++;
				} else if (quick.equals(ContentTokensTests.pdfbox(content))) {
					counts[0]++;
				} else {
					counts[2]++;
					System.out.println("read differently: page " + n + " of " + file);
				}
			}
		} catch (IOException | RuntimeException | StackOverflowError ex) {
			counts[3] = 1;
		}
		return counts;
	}

	private static Stream<Path> walk(Path folder) {
		try {
			return Files.walk(folder).filter(Files::isRegularFile).toList().stream();
		} catch (IOException ex) {
			throw new IllegalArgumentException(folder + " cannot be read", ex);
		}
	}

}
