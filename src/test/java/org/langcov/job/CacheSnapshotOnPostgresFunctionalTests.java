package org.langcov.job;

import org.langcov.fixtures.OnPostgres;

/**
 * The file cache's rows of a store read at once on PostgreSQL: {@link CacheSnapshotFunctionalTests} again, its
 * {@code LIKE ... ESCAPE} included.
 */
@OnPostgres
class CacheSnapshotOnPostgresFunctionalTests extends CacheSnapshotFunctionalTests {

}
