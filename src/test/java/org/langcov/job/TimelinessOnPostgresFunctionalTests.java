package org.langcov.job;

import org.langcov.fixtures.OnPostgres;
import org.springframework.context.annotation.Import;

/**
 * {@link TimelinessFunctionalTests} again, on PostgreSQL. Its clock is a nested configuration of the class it extends,
 * which Spring finds only on the class that declares it.
 */
@OnPostgres
@Import(TimelinessFunctionalTests.Days.class)
class TimelinessOnPostgresFunctionalTests extends TimelinessFunctionalTests {

}
