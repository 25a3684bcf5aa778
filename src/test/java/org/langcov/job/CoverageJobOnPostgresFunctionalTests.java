package org.langcov.job;

import org.langcov.fixtures.OnPostgres;

/**
 * The whole job on PostgreSQL: every test of {@link CoverageJobFunctionalTests} again.
 */
@OnPostgres
class CoverageJobOnPostgresFunctionalTests extends CoverageJobFunctionalTests {

}
