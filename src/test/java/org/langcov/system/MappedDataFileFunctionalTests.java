package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application keeps its database's data file mapped at any size, from when it starts. */
@LangcovFunctionalTest
class MappedDataFileFunctionalTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theApplicationSetsTheLimitWhenItStarts() {
		assertThat(this.jdbc.queryForObject("SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES"
				+ " WHERE PROPERTY_NAME = 'hsqldb.nio_max_size'", String.class))
				.isEqualTo(String.valueOf(MappedDataFile.MEGABYTES));
	}

}
