package org.langcov.job;

import org.langcov.fixtures.OnPostgres;

/**
 * {@link RetentionFunctionalTests} again, on PostgreSQL.
 */
@OnPostgres
class RetentionOnPostgresFunctionalTests extends RetentionFunctionalTests {

}
