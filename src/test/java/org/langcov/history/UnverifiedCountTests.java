package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.langcov.report.UnverifiedTests.DETAILS;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The database counts unverified versions by the rule the reports mark them by ({@code report.Unverified}). */
class UnverifiedCountTests {

	@Test
	void theDatabaseCountsByTheSameRule() throws SQLException {
		try (Connection db = DriverManager.getConnection("jdbc:hsqldb:mem:unverified", "SA", "");
				Statement statement = db.createStatement()) {
			statement.execute("CREATE TABLE LC_SLOT (ID INT, STATUS VARCHAR(20), DETAIL VARCHAR(4000))");
			int id = 0;
			try (PreparedStatement insert = db.prepareStatement("INSERT INTO LC_SLOT VALUES (?, ?, ?)")) {
				for (String detail : DETAILS.keySet()) {
					for (String status : new String[]{"AVAILABLE", "WRONG_LANGUAGE"}) {
						insert.setInt(1, id++);
						insert.setString(2, status);
						insert.setString(3, detail);
						insert.executeUpdate();
					}
				}
				insert.setInt(1, id);
				insert.setString(2, "AVAILABLE");
				insert.setString(3, null);
				insert.executeUpdate();
			}
			try (ResultSet rs = statement.executeQuery(
					"SELECT s.DETAIL FROM LC_SLOT s WHERE " + CoverageCounts.unverified("s") + " ORDER BY s.ID")) {
				// each detail is there once AVAILABLE and once WRONG_LANGUAGE: one row at most
				Map<String, Integer> counted = new LinkedHashMap<>();
				DETAILS.keySet().forEach((detail) -> counted.put(detail, 0));
				while (rs.next()) {
					counted.merge(rs.getString(1), 1, Integer::sum);
				}
				Map<String, Integer> expected = new LinkedHashMap<>();
				DETAILS.forEach((detail, unverified) -> expected.put(detail, unverified ? 1 : 0));
				assertThat(counted).isEqualTo(expected);
			}
			statement.execute("SHUTDOWN");
		}
	}

}
