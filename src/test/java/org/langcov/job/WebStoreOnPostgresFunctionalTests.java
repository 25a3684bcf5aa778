package org.langcov.job;

import org.langcov.fixtures.OnPostgres;

/**
 * Web stores on PostgreSQL, their cache of ETags and Last-Modified dates ({@code LC_WEB_FILE}) included:
 * {@link WebStoreFunctionalTests} again.
 */
@OnPostgres
class WebStoreOnPostgresFunctionalTests extends WebStoreFunctionalTests {

}
