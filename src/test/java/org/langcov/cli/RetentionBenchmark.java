package org.langcov.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.langcov.system.LangcovHome;

/**
 * Plays nightly runs of one session, a day apart on the fixed clock ({@code langcov.clock}), in an installation of its
 * own, and prints the database's size and the run's time as the nights go by: with the retention, the size levels off
 * once the oldest runs start being pruned, and the run time stays flat. A benchmark, not a test: bench/retention.sh
 * runs it.
 *
 * <p>
 * Arguments: the installation folder (emptied), the job file, the number of nights, and how often to print a line.
 */
public final class RetentionBenchmark {

	private RetentionBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path home = Path.of(args[0]).toAbsolutePath();
		Path job = Path.of(args[1]).toAbsolutePath();
		int nights = Integer.parseInt(args[2]);
		int every = Integer.parseInt(args[3]);
		deleteTree(home);
		Files.createDirectories(home);
		System.setProperty(LangcovHome.PROPERTY, home.toString());
		Path database = home.resolve("output/.langcov/db");
		Instant first = Instant.parse("2014-01-01T02:30:00Z");
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		List<Long> times = new ArrayList<>();
		System.out.printf("%6s  %-10s  %14s  %14s  %8s%n", "night", "day", "database (MB)", "on disk (MB)", "run (s)");
		for (int night = 1; night <= nights; night++) {
			System.setProperty("langcov.clock", first.plus(Duration.ofDays(night - 1)).toString());
			long start = System.nanoTime();
			int status = new CommandLine(quiet, System.err).execute("run", job.toString());
			times.add(System.nanoTime() - start);
			if (status != 0) {
				throw new IllegalStateException("night " + night + ": the run exited " + status);
			}
			if (night % every == 0 || night == 1) {
				// the median of the nights since the last line, so that one slow night (a checkpoint) does not hide the
				// trend
				List<Long> recent = times.stream().sorted().toList();
				System.out.printf("%6d  %-10s  %14.1f  %14.1f  %8.2f%n", night,
						first.plus(Duration.ofDays(night - 1)).toString().substring(0, 10), size(database) / 1e6,
						onDisk(database) / 1e6, recent.get(recent.size() / 2) / 1e9);
				times.clear();
			}
		}
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> {
				try {
					return Files.size(file);
				} catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).sum();
		}
	}

	/** What the files take on disk: HSQLDB's data file is sparse, longer than what it holds. */
	private static long onDisk(Path folder) throws IOException {
		Process du = new ProcessBuilder("du", "-sk", folder.toString()).redirectErrorStream(true).start();
		String out = new String(du.getInputStream().readAllBytes()).trim();
		return Long.parseLong(out.split("\\s+")[0]) * 1024;
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
