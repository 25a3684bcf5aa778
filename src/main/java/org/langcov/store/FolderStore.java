package org.langcov.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A store that is a folder. Locations are paths relative to it with {@code /} between folders; a {@code *} in a file or
 * folder name matches any characters but {@code /}.
 */
public final class FolderStore implements Store {

	private final Path root;

	public FolderStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return this.root;
	}

	@Override
	public Optional<String> outsideReason(String location) {
		if (location.isBlank()) {
			return Optional.of("an empty location");
		}
		try {
			Path resolved = this.root.resolve(location.replace('\\', '/')).normalize();
			if (!resolved.startsWith(this.root) || resolved.equals(this.root)) {
				return Optional.of("location '" + location + "' points outside the store");
			}
			return Optional.empty();
		} catch (RuntimeException ex) {
			return Optional.of("location '" + location + "' is not a valid path");
		}
	}

	/**
	 * Finds the file at a location, resolving wildcards: of several matches, the most recently modified one.
	 * 
	 * @throws IOException
	 *             when a folder on the way cannot be read (permission denied, I/O error); a folder that does not exist
	 *             is simply no match
	 */
	public Lookup find(String location) throws IOException {
		List<Path> candidates = List.of(this.root);
		for (String part : location.replace('\\', '/').split("/")) {
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			List<Path> next = new ArrayList<>();
			for (Path folder : candidates) {
				expand(folder, part, next);
			}
			candidates = next;
		}
		candidates = candidates.stream().filter((path) -> path.normalize().startsWith(this.root)).toList();
		if (candidates.isEmpty()) {
			return Lookup.NOTHING;
		}
		if (candidates.size() == 1) {
			return new Lookup(candidates.get(0), 1);
		}
		Path newest = candidates.stream().max(Comparator.comparing(FolderStore::modified)).orElseThrow();
		return new Lookup(newest, candidates.size());
	}

	/**
	 * A folder has no conditional lookups: what was known before does not matter.
	 */
	@Override
	public Lookup find(String location, Validators earlier) throws IOException {
		return find(location);
	}

	@Override
	public String shown(String location, Lookup lookup) {
		return this.root.relativize(lookup.file()).toString().replace('\\', '/');
	}

	private static void expand(Path folder, String part, List<Path> into) throws IOException {
		if (!part.contains("*")) {
			Path child = folder.resolve(part);
			if (Files.exists(child)) {
				into.add(child);
			}
			return;
		}
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, glob(part))) {
			children.forEach(into::add);
		}
	}

	/**
	 * A directory-stream glob matching {@code *} only, every other character literally.
	 */
	private static String glob(String part) {
		StringBuilder glob = new StringBuilder();
		for (char c : part.toCharArray()) {
			if ("\\?[]{},".indexOf(c) >= 0) {
				glob.append('\\');
			}
			glob.append(c);
		}
		return glob.toString();
	}

	private static FileTime modified(Path path) {
		try {
			return Files.getLastModifiedTime(path);
		} catch (IOException ex) {
			return FileTime.fromMillis(0);
		}
	}

}
