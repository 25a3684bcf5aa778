package org.langcov.history;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.langcov.check.Inspection;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules {@code LC_FILE} and {@code LC_WEB_FILE} share: which results are kept, how an inspection is stored, and
 * that what is learnt of a file replaces what was known of it (an upsert, so that runs of other sessions writing the
 * same file at the same time do not collide).
 */
final class CacheRows {

	private static final Logger logger = LoggerFactory.getLogger(CacheRows.class);

	/** Tries of an upsert that met a row another transaction inserted at the same time. */
	static final int ATTEMPTS = 3;

	private CacheRows() {
	}

	/**
	 * Whether a result says something about the file itself: a timeout or an unreadable store may change without the
	 * file changing.
	 */
	static boolean lasting(Inspection inspection) {
		return inspection.status() != Status.TIMEOUT && inspection.status() != Status.UNREADABLE;
	}

	/**
	 * A {@code MERGE} that updates the row with the same key or inserts it, in the syntax HSQLDB 2.7 and PostgreSQL 15
	 * both take: typed parameters (HSQLDB does not guess a parameter's type in {@code VALUES}), unqualified columns
	 * after {@code SET} (PostgreSQL refuses qualified ones).
	 *
	 * @param keys
	 *            how many of the leading columns make the primary key
	 * @param columns
	 *            every column, each as {@code NAME TYPE}, in the order of the statement's parameters
	 */
	static String merge(String table, int keys, String... columns) {
		List<String> names = Arrays.stream(columns).map((column) -> column.substring(0, column.indexOf(' '))).toList();
		String values = Arrays.stream(columns)
				.map((column) -> "CAST(? AS " + column.substring(column.indexOf(' ') + 1) + ")")
				.collect(Collectors.joining(", "));
		String on = names.subList(0, keys).stream().map((name) -> "t." + name + " = n." + name)
				.collect(Collectors.joining(" AND "));
		String set = names.subList(keys, names.size()).stream().map((name) -> name + " = n." + name)
				.collect(Collectors.joining(", "));
		return "MERGE INTO " + table + " t USING (VALUES (" + values + ")) AS n (" + String.join(", ", names) + ") ON "
				+ on + " WHEN MATCHED THEN UPDATE SET " + set + " WHEN NOT MATCHED THEN INSERT ("
				+ String.join(", ", names) + ") VALUES ("
				+ names.stream().map((name) -> "n." + name).collect(Collectors.joining(", ")) + ")";
	}

	/**
	 * Writes the rows with a {@link #merge} statement. PostgreSQL's {@code MERGE} still fails on a duplicate key when
	 * another transaction inserts the same row between its look and its insert; then it is tried again, after a
	 * savepoint has undone the failed try (a failed statement spoils the whole transaction there), and now finds the
	 * row and updates it.
	 */
	static <T> void upsert(JdbcTemplate jdbc, TransactionTemplate savepoint, List<T> rows, String merge,
			ParameterizedPreparedStatementSetter<T> values) {
		if (rows.isEmpty()) {
			return;
		}
		for (int attempt = 1;; attempt++) {
			try {
				savepoint.executeWithoutResult((status) -> jdbc.batchUpdate(merge, rows, rows.size(), values));
				return;
			} catch (DuplicateKeyException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				// expected now and then with runs side by side: no stack trace
				logger.info("Cache rows written at the same time by another run; writing them again: {}",
						ex.getMostSpecificCause().getMessage());
			}
		}
	}

	/**
	 * A transaction of its own within the current one (a savepoint), or a new one when there is none.
	 */
	static TransactionTemplate savepoint(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		return template;
	}

	/**
	 * Sets {@code STATUS, DETAIL, PAGES, PDF_VERSION, DETECTED_LANG} from parameter {@code first} on.
	 */
	static void setInspection(PreparedStatement ps, int first, Inspection inspection) throws SQLException {
		ps.setString(first, inspection.status().name());
		ps.setString(first + 1, Columns.cut(inspection.detail(), Columns.TEXT));
		ps.setObject(first + 2, inspection.pages(), Types.INTEGER);
		ps.setString(first + 3, inspection.pdfVersion());
		ps.setString(first + 4,
				(inspection.detectedLanguage() != null)
						? String.valueOf(inspection.detectedLanguage().letter())
						: null);
	}

	/** A table's columns for {@link #merge}: these, then those {@link #setInspection} sets. */
	static String[] withInspection(String... columns) {
		return Stream.concat(Arrays.stream(columns), Stream.of("STATUS VARCHAR(20)", "DETAIL VARCHAR(4000)",
				"PAGES INT", "PDF_VERSION VARCHAR(10)", "DETECTED_LANG CHAR(1)")).toArray(String[]::new);
	}

	static Language language(String letter) {
		return (letter == null) ? null : Language.ofLetter(letter.charAt(0)).orElse(null);
	}

}
