/**
 * langcov's own tables, and all the SQL on them: runs and how they stand ({@link org.langcov.history.RunStatus}), their
 * staged documents and slots with results (read and written by the inspect step through
 * {@link org.langcov.history.StagedSlots}), rejected register rows, the caches of files inspected, timeliness; the
 * column lengths ({@code Columns}); and the reports' view of one run, read from them.
 */
package org.langcov.history;
