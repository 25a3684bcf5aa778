package org.langcov.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.langcov.slot.InspectedSlot;
import org.langcov.check.Inspection;
import org.langcov.slot.InspectionCache;
import org.langcov.slot.KnownDocument;
import org.langcov.check.PdfInspector;
import org.langcov.slot.Slot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The size-and-time cache of inspections in {@code LC_FILE}. Results that may change without the file changing (a
 * timeout, an unreadable store) are not kept.
 */
@Repository
public class FileCache implements InspectionCache {

	private final JdbcTemplate jdbc;

	/** What is learnt of a file replaces what was known of it. */
	static final String MERGE = CacheRows.merge("LC_FILE", 2, CacheRows.withInspection("PATH VARCHAR(4000)",
			"CONTEXT VARCHAR(4000)", "BYTES BIGINT", "MODIFIED_MILLIS BIGINT"));

	private final WebFileCache web;

	private final TransactionTemplate savepoint;

	public FileCache(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = CacheRows.savepoint(transactions);
		this.web = new WebFileCache(jdbc, this.savepoint);
	}

	@Override
	public Optional<KnownDocument> known(String address, Slot slot) {
		return this.web.known(address, slot);
	}

	/**
	 * The earlier inspection, when the file has the same size and modification time and can still be read: a file made
	 * unreadable ({@code chmod 000}) keeps its size and time, and must not stay AVAILABLE.
	 */
	@Override
	public Optional<Inspection> find(Path file, Slot slot) {
		Optional<BasicFileAttributes> readable = readable(file);
		if (readable.isEmpty()) {
			return Optional.empty();
		}
		BasicFileAttributes attributes = readable.get();
		long modified = attributes.lastModifiedTime().toMillis();
		return this.jdbc.query(
				"SELECT " + CachedFile.COLUMNS + " FROM LC_FILE"
						+ " WHERE PATH = ? AND CONTEXT = ? AND BYTES = ? AND MODIFIED_MILLIS = ?",
				(rs, i) -> CachedFile.of(rs, 1, attributes.size(), modified).inspection(), key(file), context(slot),
				attributes.size(), modified).stream().findFirst();
	}

	/**
	 * A cache for the inspect step of a folder store: the rows of the files under {@code root}, for the current rules,
	 * read at once into memory, when there are at most as many as {@code slots} needs and the heap allows
	 * ({@link FileCacheSnapshot}); this cache, which asks the database for each file, otherwise.
	 *
	 * @param slots
	 *            how many slots the step has to inspect
	 */
	public InspectionCache under(Path root, long slots) {
		return snapshot(root, FileCacheSnapshot.limit(slots, Runtime.getRuntime().maxMemory()));
	}

	/** As {@link #under(Path, long)}, with at most {@code limit} rows held. */
	InspectionCache snapshot(Path root, long limit) {
		return FileCacheSnapshot.of(this.jdbc, root, limit, this);
	}

	/**
	 * The file's attributes, when it can be opened: opened, not only checked, because the permission bits are not all
	 * that can refuse it.
	 */
	static Optional<BasicFileAttributes> readable(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			Files.newByteChannel(file).close();
			return Optional.of(attributes);
		} catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Remembers what was inspected in this run, replacing what was known of those files.
	 */
	public void remember(List<? extends InspectedSlot> slots) {
		this.web.remember(slots);
		// a web file's copy is gone after its inspection: the web side keeps it by URL
		List<? extends InspectedSlot> fresh = slots.stream().filter(InspectedSlot::inspectedNow)
				.filter((slot) -> slot.address() == null).filter((slot) -> cacheable(slot.fileInspection())).toList();
		// in the order of their keys, so that two runs writing the same files lock them in the same order
		List<? extends InspectedSlot> sorted = fresh.stream().sorted(Comparator
				.comparing((InspectedSlot slot) -> key(slot.file())).thenComparing((slot) -> context(slot.slot())))
				.toList();
		if (sorted.isEmpty()) {
			// a chunk of a rerun: nothing to prepare a statement for
			return;
		}
		// what an earlier version of the inspection said of the file goes too
		this.jdbc.batchUpdate("DELETE FROM LC_FILE WHERE PATH = ? AND CONTEXT NOT LIKE ?", sorted, sorted.size(),
				(ps, slot) -> {
					ps.setString(1, key(slot.file()));
					ps.setString(2, RULES + "|%");
				});
		CacheRows.upsert(this.jdbc, this.savepoint, sorted, MERGE, (ps, slot) -> {
			Inspection inspection = slot.fileInspection();
			ps.setString(1, key(slot.file()));
			ps.setString(2, context(slot.slot()));
			ps.setLong(3, inspection.bytes());
			ps.setLong(4, inspection.lastModified().toEpochMilli());
			CacheRows.setInspection(ps, 5, inspection);
		});
	}

	private static boolean cacheable(Inspection inspection) {
		return inspection.bytes() != null && inspection.lastModified() != null && CacheRows.lasting(inspection);
	}

	static String key(Path file) {
		return Columns.cut(file.toAbsolutePath().normalize().toString(), Columns.TEXT);
	}

	/**
	 * The verdict on a file depends on the slot's language and document symbols too, and on the rules of the inspection
	 * that gave it: a result of earlier rules (a file once DAMAGED for its text, now AVAILABLE with a note) is not
	 * reused.
	 */
	static String context(Slot slot) {
		return Columns.cut(RULES + "|" + slot.language().letter() + "|" + String.join("\n", slot.symbols()),
				Columns.TEXT);
	}

	/** The prefix of the inspection's rules in a context. */
	static final String RULES = "r" + PdfInspector.RULES;

}
