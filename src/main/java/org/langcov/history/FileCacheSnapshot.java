package org.langcov.history;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.langcov.check.Inspection;
import org.langcov.slot.InspectionCache;
import org.langcov.slot.KnownDocument;
import org.langcov.slot.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link FileCache} rows of a folder store, read in one query when the inspect step opens, so that a slot costs no
 * query of its own: each file is still read ({@link FileCache#readable}) and its size and modification time compared as
 * the cache does. Read-only: a row another run writes meanwhile is not seen, and its file is simply inspected again.
 */
final class FileCacheSnapshot implements InspectionCache {

	private static final Logger logger = LoggerFactory.getLogger(FileCacheSnapshot.class);

	/**
	 * What a row held costs of the heap, rounded up: 282 bytes measured for a path of 55 characters and a context of 20
	 * (100,000 rows read from an HSQLDB file; the key's two strings, the row, the map's entry), with room for longer
	 * paths and symbols.
	 */
	static final long ROW_BYTES = 512;

	/**
	 * Rows read per slot to inspect, at most: more (a folder shared by many sessions, a partition of a run) cost more
	 * to read than a query per slot.
	 */
	static final long ROWS_PER_SLOT = 4;

	/** The escape character of the {@code LIKE} patterns, which a path may hold too. */
	private static final char ESCAPE = '\\';

	static final String QUERY = "SELECT PATH, CONTEXT, BYTES, MODIFIED_MILLIS, " + CachedFile.COLUMNS
			+ " FROM LC_FILE WHERE PATH LIKE ? ESCAPE '" + ESCAPE + "' AND CONTEXT LIKE ? ESCAPE '" + ESCAPE + "'";

	record Key(String path, String context) {
	}

	private final Map<Key, CachedFile> rows;

	private final InspectionCache web;

	FileCacheSnapshot(Map<Key, CachedFile> rows, InspectionCache web) {
		this.rows = rows;
		this.web = web;
	}

	/**
	 * The rows to hold at most: {@link #ROWS_PER_SLOT} per slot, and no more than a sixty-fourth of the heap.
	 */
	static long limit(long slots, long maxMemory) {
		return Math.min(Math.multiplyExact(Math.max(slots, 0), ROWS_PER_SLOT), maxMemory / 64 / ROW_BYTES);
	}

	/**
	 * A snapshot of the rows under {@code root} for the current rules, or {@code cache} itself when there are more than
	 * {@code limit} (or the root's path is too long for the column).
	 */
	static InspectionCache of(JdbcTemplate jdbc, Path root, long limit, FileCache cache) {
		return FileCachePrefetch.take(root, limit).orElseGet(() -> read(jdbc, root, limit))
				.map((rows) -> (InspectionCache) new FileCacheSnapshot(rows, cache)).orElse(cache);
	}

	/** The rows under {@code root} for the current rules; empty when there are more than {@code limit}. */
	static Optional<Map<Key, CachedFile>> read(JdbcTemplate jdbc, Path root, long limit) {
		String prefix = FileCache.key(root);
		if (prefix.length() >= Columns.TEXT - 1 || limit <= 0) {
			return Optional.empty();
		}
		prefix = prefix.endsWith(File.separator) ? prefix : prefix + File.separator;
		String under = like(prefix) + "%";
		String rules = like(FileCache.RULES + "|") + "%";
		int max = (int) Math.min(limit + 1, Integer.MAX_VALUE - 1);
		long started = System.nanoTime();
		Map<Key, CachedFile> rows = jdbc.query((connection) -> {
			PreparedStatement ps = connection.prepareStatement(QUERY);
			// the database stops at the first row beyond the limit
			ps.setMaxRows(max);
			ps.setFetchSize(1000);
			ps.setString(1, under);
			ps.setString(2, rules);
			return ps;
		}, (ResultSet rs) -> rows(rs, limit));
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (rows == null) {
			logger.info("File cache: more than {} rows under {}: looked up file by file", limit, root);
			return Optional.empty();
		}
		logger.info("File cache: {} rows under {} read in {} ms", rows.size(), root, millis);
		return Optional.of(rows);
	}

	private static Map<Key, CachedFile> rows(ResultSet rs, long limit) throws SQLException {
		Map<Key, CachedFile> rows = new HashMap<>();
		// most details are empty or alike, and there are few PDF versions: one copy of each
		Map<String, String> texts = new HashMap<>();
		while (rs.next()) {
			if (rows.size() >= limit) {
				return null;
			}
			CachedFile row = CachedFile.of(rs, 5, rs.getLong(3), rs.getLong(4));
			rows.put(new Key(rs.getString(1), rs.getString(2)),
					new CachedFile(row.bytes(), row.modifiedMillis(), row.status(), shared(texts, row.detail()),
							row.pages(), shared(texts, row.pdfVersion()), row.detectedLanguage()));
		}
		return rows;
	}

	private static String shared(Map<String, String> texts, String text) {
		return (text == null || text.length() > 100) ? text : texts.computeIfAbsent(text, (t) -> t);
	}

	/** A {@code LIKE} pattern matching {@code text} literally. */
	static String like(String text) {
		StringBuilder pattern = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				pattern.append(ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.toString();
	}

	/** How many rows are held. */
	int size() {
		return this.rows.size();
	}

	/** As {@link FileCache#find}, from the rows read. */
	@Override
	public Optional<Inspection> find(Path file, Slot slot) {
		CachedFile row = this.rows.get(new Key(FileCache.key(file), FileCache.context(slot)));
		if (row == null) {
			// nothing known of it: no need to look at the file
			return Optional.empty();
		}
		Optional<BasicFileAttributes> readable = FileCache.readable(file);
		if (readable.isEmpty()) {
			return Optional.empty();
		}
		BasicFileAttributes attributes = readable.get();
		if (row.bytes() != attributes.size() || row.modifiedMillis() != attributes.lastModifiedTime().toMillis()) {
			return Optional.empty();
		}
		return Optional.of(row.inspection());
	}

	@Override
	public Optional<KnownDocument> known(String address, Slot slot) {
		return this.web.known(address, slot);
	}

}
