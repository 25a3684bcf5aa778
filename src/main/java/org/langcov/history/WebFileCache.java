package org.langcov.history;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.langcov.slot.InspectedSlot;
import org.langcov.check.Inspection;
import org.langcov.slot.KnownDocument;
import org.langcov.vocabulary.Language;
import org.langcov.slot.Slot;
import org.langcov.vocabulary.Status;
import org.langcov.store.Validators;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The web files' side of the cache, in {@code LC_WEB_FILE}: by URL and the same context as {@link FileCache}, the
 * {@code ETag} and {@code Last-Modified} of the version inspected and what it was found to be. Only files with one of
 * them are kept: without, no server can say "not modified".
 */
final class WebFileCache {

	private static final String MERGE = CacheRows.merge("LC_WEB_FILE", 2, CacheRows.withInspection("URL VARCHAR(4000)",
			"CONTEXT VARCHAR(4000)", "ETAG VARCHAR(1000)", "LAST_MODIFIED VARCHAR(100)", "BYTES BIGINT"));

	private final JdbcTemplate jdbc;

	private final TransactionTemplate savepoint;

	WebFileCache(JdbcTemplate jdbc, TransactionTemplate savepoint) {
		this.jdbc = jdbc;
		this.savepoint = savepoint;
	}

	Optional<KnownDocument> known(String url, Slot slot) {
		return this.jdbc.query(
				"SELECT ETAG, LAST_MODIFIED, BYTES, STATUS, DETAIL, PAGES, PDF_VERSION, DETECTED_LANG FROM LC_WEB_FILE"
						+ " WHERE URL = ? AND CONTEXT = ?",
				(rs, i) -> {
					Validators validators = new Validators(rs.getString(1), rs.getString(2));
					Language language = CacheRows.language(rs.getString(8));
					return new KnownDocument(new Inspection(Status.valueOf(rs.getString(4)), rs.getString(5),
							rs.getLong(3), (Integer) rs.getObject(6, Integer.class), rs.getString(7), language,
							validators.lastModifiedTime()), validators);
				}, key(url), FileCache.context(slot)).stream().findFirst();
	}

	void remember(List<? extends InspectedSlot> slots) {
		List<? extends InspectedSlot> fresh = slots.stream().filter(InspectedSlot::inspectedNow)
				.filter((slot) -> slot.address() != null && !slot.validators().isEmpty())
				.filter((slot) -> CacheRows.lasting(slot.fileInspection())).toList();
		// in the order of their keys, as in FileCache
		List<? extends InspectedSlot> sorted = fresh.stream()
				.sorted(Comparator.comparing((InspectedSlot slot) -> key(slot.address()))
						.thenComparing((slot) -> FileCache.context(slot.slot())))
				.toList();
		CacheRows.upsert(this.jdbc, this.savepoint, sorted, MERGE, (ps, slot) -> {
			Inspection inspection = slot.fileInspection();
			ps.setString(1, key(slot.address()));
			ps.setString(2, FileCache.context(slot.slot()));
			ps.setString(3, orNull(slot.validators().etag(), Columns.ETAG));
			ps.setString(4, orNull(slot.validators().lastModified(), Columns.HTTP_DATE));
			ps.setLong(5, (inspection.bytes() != null) ? inspection.bytes() : 0);
			CacheRows.setInspection(ps, 6, inspection);
		});
	}

	/** A validator cut short would never match again: none is better. */
	private static String orNull(String validator, int length) {
		return (validator != null && validator.length() <= length) ? validator : null;
	}

	private static String key(String url) {
		return Columns.cut(url, Columns.TEXT);
	}

}
