package org.langcov.history;

import java.util.Map;

import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.support.AbstractSqlPagingQueryProvider;

/**
 * The inspection reader's queries: a run's slots not yet inspected, a page at a time, after the last slot number read.
 * They are ordered by LC_SLOT's whole primary key, (RUN_ID, SLOT_SEQ), which for one run is the slot order: the
 * database then reads each page from the index and stops after it. Ordered by SLOT_SEQ alone, HSQLDB sorts every
 * pending slot for every page; keyed on both columns, it scans from the run's first slot for every page. Either way a
 * register of 50,000 documents slowed to a crawl. {@code LIMIT} is understood by HSQLDB, PostgreSQL, H2 and MySQL
 * alike.
 */
final class PendingSlotsQuery extends AbstractSqlPagingQueryProvider {

	PendingSlotsQuery(long run) {
		this(run, null);
	}

	/**
	 * @param range
	 *            a partition's slots, {@code null} for all of the run's
	 */
	PendingSlotsQuery(long run, SlotRange range) {
		// the document's symbols by a look-up per row, not a join: with a join HSQLDB may take LC_DOCUMENT first, and
		// then sorts every pending slot for every page (seen on a database of eight runs of 20,000 documents: 70 slots
		// a second instead of 12,000)
		setSelectClause("SELECT s.RUN_ID, s.SLOT_SEQ, (SELECT d.SYMBOLS FROM LC_DOCUMENT d"
				+ " WHERE d.RUN_ID = s.RUN_ID AND d.DOC_SEQ = s.DOC_SEQ) AS SYMBOLS, s.LANG, s.EXPECTED, s.LOCATION");
		setFromClause("FROM LC_SLOT s");
		String within = (range != null) ? " AND s.SLOT_SEQ BETWEEN " + range.first() + " AND " + range.last() : "";
		setWhereClause("WHERE s.RUN_ID = " + run + within + " AND s.STATUS IS NULL");
		setSortKeys(Map.of("SLOT_SEQ", Order.ASCENDING));
	}

	@Override
	public String generateFirstPageQuery(int pageSize) {
		return query("", pageSize);
	}

	@Override
	public String generateRemainingPagesQuery(int pageSize) {
		return query(" AND s.SLOT_SEQ > ?", pageSize);
	}

	private String query(String after, int pageSize) {
		return "SELECT " + getSelectClause() + " FROM " + getFromClause() + " WHERE " + getWhereClause() + after
				+ " ORDER BY s.RUN_ID, s.SLOT_SEQ LIMIT " + pageSize;
	}

}
