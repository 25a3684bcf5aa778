package org.langcov.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.langcov.history.FileCacheSnapshot.Key;
import org.langcov.system.EarlyDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The {@link FileCacheSnapshot} of a run's first folder store, read while the application starts, on the connection
 * that opens an embedded database early (issue 19: 0.1 s of a 1,000-document rerun's staging, 0.6 to 0.9 s of a 20,000
 * one's, read on the start's spare time instead). The staging of the first session takes it, once, for the same folder
 * and limit, and waits for it if it is still being read; any other cache is read as before. What it holds is what the
 * snapshot read then would have held: an embedded database file has this process alone as its user, and nothing writes
 * the cache before the inspect step; and each row is compared with its file's size and time when used.
 */
public final class FileCachePrefetch {

	private static final Logger logger = LoggerFactory.getLogger(FileCachePrefetch.class);

	private static final AtomicReference<FileCachePrefetch> pending = new AtomicReference<>();

	private final String root;

	private final long limit;

	private final CompletableFuture<Optional<Map<Key, CachedFile>>> rows = new CompletableFuture<>();

	private FileCachePrefetch(String root, long limit) {
		this.root = root;
		this.limit = limit;
	}

	/** The reading of the snapshot of the folder {@code root} on the connection that opens the database early. */
	public static EarlyDatabase.Reading reading(Path root) {
		return (connection) -> readOn(connection, root);
	}

	/**
	 * Makes the reading of the snapshot of the folder {@code root} on {@code connection} the pending one, as the
	 * staging will ask for it ({@link FileCache#under} of as many slots as the heap allows); what is returned reads it.
	 */
	static Runnable readOn(Connection connection, Path root) {
		long limit = FileCacheSnapshot.limit(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory());
		FileCachePrefetch prefetch = new FileCachePrefetch(FileCache.key(root), limit);
		pending.set(prefetch);
		return () -> prefetch.read(connection, root);
	}

	private void read(Connection connection, Path root) {
		try {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			this.rows.complete(FileCacheSnapshot.read(jdbc, root, this.limit));
		} catch (RuntimeException ex) {
			// a database without the cache's table yet, or with an older one: the staging reads for itself
			logger.debug("The file cache under {} could not be read early", root, ex);
		} finally {
			// never left pending: a reading that failed leaves the staging to read for itself
			this.rows.complete(null);
		}
	}

	/**
	 * The rows read early for {@code root} and {@code limit}, once: empty when none was read for them, or its reading
	 * failed; an empty value inside when there were more rows than the limit.
	 */
	static Optional<Optional<Map<Key, CachedFile>>> take(Path root, long limit) {
		FileCachePrefetch prefetch = pending.get();
		if (prefetch == null || prefetch.limit != limit || !prefetch.root.equals(FileCache.key(root))
				|| !pending.compareAndSet(prefetch, null)) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(prefetch.rows.get());
		} catch (ExecutionException ex) {
			return Optional.empty();
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** Drops what was read early and not taken: a run that stopped before its staging. */
	public static void discard() {
		pending.set(null);
	}

}
