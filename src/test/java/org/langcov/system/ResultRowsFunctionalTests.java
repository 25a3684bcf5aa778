package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application's own pool of connections to HSQLDB holds results in memory as the heap allows (the tests' database
 * is in memory, where HSQLDB writes no result to disk whatever the number; {@link ResultRowsTests} sees it on a file).
 */
@LangcovFunctionalTest
class ResultRowsFunctionalTests {

	@Autowired
	DataSource dataSource;

	@Test
	void theApplicationsConnectionsAreSizedToTheHeap() throws SQLException {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);

		assertThat(pool.getConnectionInitSql()).isEqualTo(ResultRows.statement(Runtime.getRuntime().maxMemory()));
	}

}
