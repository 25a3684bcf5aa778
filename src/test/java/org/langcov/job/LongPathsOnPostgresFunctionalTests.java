package org.langcov.job;

import org.langcov.fixtures.OnPostgres;

/**
 * Long paths on PostgreSQL, whose btree index entries hold about 2.7 kB: {@link LongPathsFunctionalTests} again.
 */
@OnPostgres
class LongPathsOnPostgresFunctionalTests extends LongPathsFunctionalTests {

}
