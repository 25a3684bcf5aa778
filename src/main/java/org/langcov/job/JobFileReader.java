package org.langcov.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a job file into a {@link JobFile}, or fails with every problem found, each on one line naming the file and the
 * key.
 */
public final class JobFileReader {

	/**
	 * Reads and checks a job file.
	 * 
	 * @param file
	 *            the job file, as the user named it (messages show it so)
	 * @throws JobFileException
	 *             listing every problem
	 */
	public JobFile read(Path file) {
		Map<String, Object> yaml = load(file);
		Problems problems = new Problems(file);
		JobFile job = new JobFileKeys(file, yaml, problems).toJobFile();
		problems.throwIfAny();
		return job;
	}

	private Map<String, Object> load(Path file) {
		String name = file.toString();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Object document = plainYaml().load(reader);
			if (document == null) {
				throw new JobFileException(List.of(name + ": the job file is empty"));
			}
			if (!(document instanceof Map<?, ?> map)) {
				throw new JobFileException(List.of(name + ": not a job file: expected keys such as 'session:'"));
			}
			Map<String, Object> keys = new LinkedHashMap<>();
			map.forEach((key, value) -> keys.put(String.valueOf(key), value));
			return keys;
		} catch (NoSuchFileException ex) {
			throw new JobFileException(List.of(name + ": job file not found"));
		} catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			String where = (mark != null) ? ", line " + (mark.getLine() + 1) : "";
			String problem = (mark != null)
					? YamlHint.of(file, String.valueOf(ex.getProblem()), mark.getLine())
							.orElse("not valid YAML: " + ex.getProblem())
					: "not valid YAML: " + ex.getProblem();
			throw new JobFileException(List.of(name + where + ": " + problem));
		} catch (YAMLException ex) {
			throw new JobFileException(List.of(name + ": not valid YAML: " + ex.getMessage()));
		} catch (IOException ex) {
			throw new JobFileException(List.of(name + ": cannot be read: " + ex.getMessage()));
		}
	}

	/**
	 * A YAML loader that keeps every scalar as text, so that {@code opens: 2014-03-13} or {@code languages: E} are not
	 * turned into dates or booleans behind our back.
	 */
	private static Yaml plainYaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		Resolver textOnly = new Resolver() {
			@Override
			protected void addImplicitResolvers() {
			}
		};
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, textOnly);
	}

	/** The problems found in one job file, each a line naming the file. */
	static final class Problems {

		private final Path file;

		private final List<String> lines = new ArrayList<>();

		Problems(Path file) {
			this.file = file;
		}

		void add(String key, String problem) {
			this.lines.add(this.file + ": key '" + key + "': " + problem);
		}

		void addGeneral(String problem) {
			this.lines.add(this.file + ": " + problem);
		}

		void throwIfAny() {
			if (!this.lines.isEmpty()) {
				throw new JobFileException(this.lines);
			}
		}

	}

}
