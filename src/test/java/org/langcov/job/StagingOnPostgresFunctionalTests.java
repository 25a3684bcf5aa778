package org.langcov.job;

import org.langcov.fixtures.OnPostgres;

/**
 * {@link StagingFunctionalTests} again, on PostgreSQL.
 */
@OnPostgres
class StagingOnPostgresFunctionalTests extends StagingFunctionalTests {

}
