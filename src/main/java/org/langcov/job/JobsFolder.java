package org.langcov.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The jobs folder as {@code run --all} sees it: every YAML file in it is a job ({@code .yml} or {@code .yaml}, in any
 * case), run in the order of their names, ignoring case. The schedule files langcov ships beside them ({@code .cron},
 * {@code .service}, {@code .timer}) are neither jobs nor mistakes; every other file is named, so that a job saved as
 * {@code cnd57.yml.bak} does not stop running without a word. Hidden files and folders are passed over.
 *
 * @param jobs
 *            the job files
 * @param others
 *            the files that are neither jobs nor schedule files
 */
public record JobsFolder(List<Path> jobs, List<Path> others) {

	private static final List<String> JOB_EXTENSIONS = List.of(".yml", ".yaml");

	private static final List<String> SCHEDULE_EXTENSIONS = List.of(".cron", ".service", ".timer");

	public JobsFolder {
		jobs = List.copyOf(jobs);
		others = List.copyOf(others);
	}

	/**
	 * @throws IOException
	 *             when the folder cannot be listed
	 */
	public static JobsFolder list(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> children = Files.list(folder)) {
			files = children.filter(Files::isRegularFile)
					.filter((path) -> !path.getFileName().toString().startsWith("."))
					.sorted(Comparator
							.comparing((Path path) -> path.getFileName().toString(), String.CASE_INSENSITIVE_ORDER)
							.thenComparing(Comparator.naturalOrder()))
					.toList();
		}
		return new JobsFolder(files.stream().filter((path) -> endsWith(path, JOB_EXTENSIONS)).toList(),
				files.stream().filter((path) -> !endsWith(path, JOB_EXTENSIONS))
						.filter((path) -> !endsWith(path, SCHEDULE_EXTENSIONS)).toList());
	}

	private static boolean endsWith(Path path, List<String> extensions) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		return extensions.stream().anyMatch(name::endsWith);
	}

}
