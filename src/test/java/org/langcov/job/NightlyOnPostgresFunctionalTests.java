package org.langcov.job;

import org.langcov.fixtures.OnPostgres;

/**
 * The nightly life of a session on PostgreSQL: every test of {@link NightlyFunctionalTests} again, reruns from the
 * caches included.
 */
@OnPostgres
class NightlyOnPostgresFunctionalTests extends NightlyFunctionalTests {

}
