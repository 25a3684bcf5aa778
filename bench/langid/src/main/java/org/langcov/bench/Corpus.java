package org.langcov.bench;

import org.langcov.vocabulary.Language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Labelled texts cut into samples of a given number of words: langcov's fixture
 * text (UN prose and titles, written for the tests) and, out of domain, the
 * manual pages that Debian's packages install in English, French and Spanish
 * (install manpages-fr and manpages-es for more of them).
 */
final class Corpus {

	static final Map<String, String> ISO = Map.of("en", "EN", "fr", "FR", "es", "ES", "ru", "RU", "zh", "ZH", "ar",
			"AR");

	record Sample(String source, String language, int words, String text) {
	}

	static List<Sample> samples(Path project, int words, int perLanguage) throws IOException {
		List<Sample> samples = new ArrayList<>();
		for (String lang : List.of("en", "fr", "es", "ru", "zh", "ar")) {
			cut(samples, "UN text", lang, unText(project, lang), words, perLanguage);
		}
		for (String lang : List.of("en", "fr", "es")) {
			cut(samples, "man pages", lang, manPages(lang), words, perLanguage);
		}
		return samples;
	}

	private static void cut(List<Sample> into, String source, String lang, List<String> lines, int words, int max) {
		// Chinese has no spaces: a "word" is taken as two characters
		List<String> tokens = new ArrayList<>();
		for (String line : lines) {
			if (lang.equals("zh")) {
				line.codePoints().filter(Character::isLetterOrDigit)
						.forEach((c) -> tokens.add(new String(Character.toChars(c))));
			} else {
				tokens.addAll(List.of(line.trim().split("\\s+")));
			}
		}
		int size = lang.equals("zh") ? words * 2 : words;
		int count = 0;
		for (int i = 0; i + size <= tokens.size() && count < max; i += size, count++) {
			String text = String.join(lang.equals("zh") ? "" : " ", tokens.subList(i, i + size));
			into.add(new Sample(source, ISO.get(lang), words, text));
		}
	}

	private static List<String> unText(Path project, String lang) throws IOException {
		Path fixtures = project.resolve("src/test/resources/org/langcov/fixtures");
		List<String> lines = new ArrayList<>();
		boolean body = false;
		for (String line : Files.readAllLines(fixtures.resolve("text-" + lang + ".txt"))) {
			if (body && !line.equals("===")) {
				lines.add(line);
			}
			body |= line.equals("---");
		}
		Path titles = fixtures.resolve("cnd57-titles-" + lang + ".tsv");
		if (Files.exists(titles)) {
			Files.readAllLines(titles).stream().filter((l) -> !l.startsWith("#")).map((l) -> l.split("\t")[1])
					.forEach(lines::add);
		} else if (lang.equals("en")) {
			Files.readAllLines(fixtures.resolve("cnd57-documents.tsv")).stream().filter((l) -> !l.startsWith("#"))
					.map((l) -> l.split("\t")[5]).forEach(lines::add);
		}
		return lines;
	}

	/** The running text of manual pages: groff requests and escapes removed. */
	private static List<String> manPages(String lang) throws IOException {
		Path root = Path.of("/usr/share/man", lang.equals("en") ? "" : lang);
		List<String> lines = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return lines;
		}
		try (Stream<Path> files = Files.walk(root, 2)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".gz")).sorted().limit(400).toList()) {
				try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
					for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
						if (!line.startsWith(".") && !line.startsWith("'") && line.split(" ").length >= 6) {
							lines.add(line.replaceAll("\\\\f[BIRP]|\\\\\\(..|\\\\[-&e]|\\\\", ""));
						}
					}
				} catch (IOException ex) {
					// not gzip after all: skip it
				}
			}
		}
		return lines;
	}

}
