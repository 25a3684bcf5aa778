package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.langcov.fixtures.OnPostgres;
import org.langcov.history.AdvisoryHostPermits;
import org.langcov.store.HostPermits;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Web stores on PostgreSQL, their cache of ETags and Last-Modified dates ({@code LC_WEB_FILE}) included:
 * {@link WebStoreFunctionalTests} again, with the requests to a host counted in the database.
 */
@OnPostgres
class WebStoreOnPostgresFunctionalTests extends WebStoreFunctionalTests {

	@Autowired
	HostPermits hostPermits;

	@Test
	void theRequestsToAHostAreCountedInTheDatabase() {
		assertThat(this.hostPermits).isInstanceOf(AdvisoryHostPermits.class);
	}

}
