/**
 * langcov's own tables: runs, their staged documents and slots with results,
 * and rejected register rows; and the reports' view of one run, read from them.
 */
package org.langcov.history;
