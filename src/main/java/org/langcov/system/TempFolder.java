package org.langcov.system;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * langcov's own folder for temporary files, {@code output/.langcov/tmp/} of the installation: the workbook's rows while
 * they stream (POI), the PDF report's pages (PDFBox), the files downloaded from a web store. Not the system's temporary
 * directory, which every user shares: a folder that POI made there in one user's run refused the runs of every other
 * user. A run makes the folder when it starts and removes it when it ends.
 */
public final class TempFolder implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TempFolder.class);

	/**
	 * Runs in this process that have the folder open, by folder: runs of different sessions go side by side, and the
	 * first to end must not take the others' files with it.
	 */
	private static final Map<Path, Integer> OPEN = new HashMap<>();

	private final Path folder;

	private TempFolder(Path folder) {
		this.folder = folder;
	}

	/** The folder, under the installation. */
	public static Path path() {
		return LangcovHome.get().resolve("output/.langcov/tmp");
	}

	/**
	 * Makes the folder for a run, or takes it as a run cut short left it, and checks that it can be written.
	 *
	 * @throws IOException
	 *             when it cannot be made or written, with a message for a person: {@code permission denied: PATH ...}
	 */
	public static TempFolder open() throws IOException {
		Path folder = path();
		try {
			Files.createDirectories(folder);
			Files.delete(Files.createTempFile(folder, "langcov-", ".probe"));
		} catch (IOException ex) {
			throw new IOException(problem(folder, ex), ex);
		}
		synchronized (OPEN) {
			OPEN.merge(folder, 1, Integer::sum);
		}
		return new TempFolder(folder);
	}

	/** Why the folder cannot be used, in one line that says where. */
	static String problem(Path folder, IOException ex) {
		if (ex instanceof AccessDeniedException denied) {
			Path refused = (denied.getFile() != null) ? Path.of(denied.getFile()) : folder;
			return refused.startsWith(folder)
					? "permission denied: " + folder + " (langcov's folder for temporary files)"
					: "permission denied: " + refused + " (making langcov's folder for temporary files, " + folder
							+ ")";
		}
		return "cannot write temporary files to " + folder + ": " + ex.getMessage();
	}

	/**
	 * Has POI write the temporary files of a streamed workbook here: its own default is a {@code poifiles} folder in
	 * the system's temporary directory.
	 */
	public static void forPoi() throws IOException {
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(made().toFile()));
	}

	/**
	 * PDFBox's stream cache in temporary files here, rather than in the system's temporary directory
	 * ({@code IOUtils.createTempFileOnlyStreamCache()}).
	 */
	public static StreamCacheCreateFunction streamCache() {
		return () -> MemoryUsageSetting.setupTempFileOnly().setTempDir(made().toFile()).streamCache.create();
	}

	/** A new empty temporary file here. */
	public static Path newFile(String prefix, String suffix) throws IOException {
		return Files.createTempFile(made(), prefix, suffix);
	}

	/** Removes the folder and whatever is left in it, once no other run of this process has it open. */
	@Override
	public void close() {
		synchronized (OPEN) {
			if (OPEN.merge(this.folder, -1, Integer::sum) > 0) {
				return;
			}
			OPEN.remove(this.folder);
		}
		remove(this.folder);
	}

	/**
	 * Removes the folder whoever has it open, for a process told to stop (Ctrl-C, a TERM signal) that will not close
	 * its runs' folders itself.
	 */
	public static void discard() {
		remove(path());
	}

	private static void remove(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException | RuntimeException ex) {
			logger.warn("Temporary files in {} could not all be removed", folder, ex);
		}
	}

	private static Path made() throws IOException {
		return Files.createDirectories(path());
	}

}
