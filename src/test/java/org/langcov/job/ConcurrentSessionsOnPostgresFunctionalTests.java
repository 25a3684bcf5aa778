package org.langcov.job;

import org.langcov.fixtures.OnPostgres;

/**
 * {@link ConcurrentSessionsFunctionalTests} again on PostgreSQL, where the lock is an advisory lock and the caches race
 * for real.
 */
@OnPostgres
class ConcurrentSessionsOnPostgresFunctionalTests extends ConcurrentSessionsFunctionalTests {

}
