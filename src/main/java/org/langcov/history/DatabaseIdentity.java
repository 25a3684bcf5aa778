package org.langcov.history;

import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The database's own name for itself, a random one kept in {@code LC_DATABASE}: every process on the database reads the
 * same, however it names the server in its URL. Partition requests carry it, and workers take only those of their
 * database: a worker on another database would find no such step execution, or worse, another run's.
 */
@Repository
public class DatabaseIdentity {

	private final JdbcTemplate jdbc;

	private volatile String id;

	public DatabaseIdentity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The database's id, made when no process has made it yet. */
	public String id() {
		String known = this.id;
		if (known == null) {
			known = read();
			if (known == null) {
				try {
					this.jdbc.update("INSERT INTO LC_DATABASE (SINGLE_ROW, DATABASE_ID) VALUES (1, ?)",
							UUID.randomUUID().toString());
				} catch (DuplicateKeyException ex) {
					// another process made it first
				}
				known = read();
			}
			this.id = known;
		}
		return known;
	}

	private String read() {
		List<String> ids = this.jdbc.queryForList("SELECT DATABASE_ID FROM LC_DATABASE WHERE SINGLE_ROW = 1",
				String.class);
		return ids.isEmpty() ? null : ids.get(0);
	}

}
