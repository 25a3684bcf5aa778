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
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessStreamCache;
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
 * <p>
 * Each process has a folder of its own in it, {@code tmp/process-PID}: a run and a worker of one installation, or two
 * runs, go side by side on one machine, and the first to end must not take the others' files with it. A process that
 * died leaves its folder, which the next process to open one removes.
 */
public final class TempFolder implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TempFolder.class);

	/**
	 * Runs in this process that have the folder open, by folder: runs of different sessions go side by side, and the
	 * first to end must not take the others' files with it.
	 */
	private static final Map<Path, Integer> OPEN = new HashMap<>();

	private static final String PREFIX = "process-";

	private final Path folder;

	private TempFolder(Path folder) {
		this.folder = folder;
	}

	/** The folder of every process, under the installation. */
	public static Path root() {
		return LangcovHome.get().resolve("output/.langcov/tmp");
	}

	/** This process's folder. */
	public static Path path() {
		return root().resolve(PREFIX + ProcessHandle.current().pid());
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
			throw new IOException(problem(root(), ex), ex);
		}
		removeLeftByTheDead();
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
	 * ({@code IOUtils.createTempFileOnlyStreamCache()}), set up when PDFBox first writes a stream to it
	 * ({@link OnFirstWrite}).
	 */
	public static StreamCacheCreateFunction streamCache() {
		return OnFirstWrite::new;
	}

	/**
	 * A stream cache that sets up PDFBox's own, in temporary files here, when the first buffer is asked of it. PDFBox
	 * makes one for every document it opens, but writes to it only for streams it creates or changes: reading a file
	 * writes none. Set up for every file the inspection opened, the folder made again and PDFBox's scratch file
	 * checked, it cost 0.27 s of the inspecting threads' 6.4 s in a cold run of 5,875 files (issue 19: async-profiler,
	 * most of it {@code Files.createDirectories} failing on a folder that is there).
	 */
	static final class OnFirstWrite implements RandomAccessStreamCache {

		private RandomAccessStreamCache cache;

		@Override
		public RandomAccess createBuffer() throws IOException {
			if (this.cache == null) {
				this.cache = MemoryUsageSetting.setupTempFileOnly().setTempDir(made().toFile()).streamCache.create();
			}
			return this.cache.createBuffer();
		}

		@Override
		public void close() throws IOException {
			if (this.cache != null) {
				this.cache.close();
			}
		}

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
		try {
			// the last process out takes the shared folder with it
			Files.deleteIfExists(this.folder.getParent());
		} catch (IOException ex) {
			// another process's folder is still there
		}
	}

	/** Removes the folders of processes that are no longer running. */
	private static void removeLeftByTheDead() {
		try (Stream<Path> folders = Files.list(root())) {
			for (Path folder : folders.toList()) {
				String name = folder.getFileName().toString();
				if (name.startsWith(PREFIX) && !alive(name.substring(PREFIX.length()))) {
					remove(folder);
				}
			}
		} catch (IOException | RuntimeException ex) {
			logger.warn("Temporary files left in {} could not be looked at", root(), ex);
		}
	}

	private static boolean alive(String pid) {
		try {
			return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
		} catch (NumberFormatException ex) {
			return true;
		}
	}

	/**
	 * Removes the folder whoever has it open, for a process told to stop (Ctrl-C, a TERM signal) that will not close
	 * its runs' folders itself.
	 */
	public static void discard() {
		remove(path());
		try {
			Files.deleteIfExists(root());
		} catch (IOException ex) {
			// another process's folder is still there
		}
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
