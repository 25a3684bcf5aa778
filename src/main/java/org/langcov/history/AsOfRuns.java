package org.langcov.history;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs made with {@code --as-of}: they inspect and write their reports like any other, and then leave the history, so
 * that {@code history} does not list them and the next run's Changes and Available since compare with the previous run
 * made on its own day. What they learned of unchanged files (LC_FILE, LC_WEB_FILE) stays: it is true of the files.
 */
@Repository
public class AsOfRuns {

	/** Every table that holds rows of a run, LC_RUN last. */
	static final List<String> TABLES = tables();

	private final JdbcTemplate jdbc;

	public AsOfRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Removes every row of the run from langcov's tables. */
	@Transactional
	public void forget(long run) {
		for (String table : TABLES) {
			this.jdbc.update("DELETE FROM " + table + " WHERE RUN_ID = ?", run);
		}
	}

	private static List<String> tables() {
		List<String> tables = new ArrayList<>(List.of("LC_DOCUMENT", "LC_SLOT", "LC_REJECTED", "LC_NOTE", "LC_SINCE"));
		tables.addAll(TimelinessRepository.TABLES);
		tables.addAll(List.of("LC_FIGURES", "LC_PRUNED", "LC_RUN_STATE"));
		tables.add("LC_RUN");
		return List.copyOf(tables);
	}

}
