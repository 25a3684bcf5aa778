package org.langcov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.langcov.vocabulary.Status;

class UnverifiedTests {

	/** Details, and whether an AVAILABLE slot with each is unverified. */
	private static final Map<String, Boolean> DETAILS = new LinkedHashMap<>();

	static {
		DETAILS.put("no text", true);
		DETAILS.put("no text; not expected", true);
		DETAILS.put("data after %%EOF; no text; 3 matches", true);
		DETAILS.put("text not readable: a font cannot be decoded", true);
		DETAILS.put("no %%EOF marker; text not readable: the page; its fonts are broken", true);
		DETAILS.put("", false);
		DETAILS.put("not expected", false);
		DETAILS.put("2 matches", false);
		// a note is matched whole, not a word inside another
		DETAILS.put("no texture", false);
		DETAILS.put("the text not readable: in a title", false);
		DETAILS.put("text not readable", false);
	}

	@Test
	void anAvailableVersionIsUnverifiedWhenANoteOfItsDetailSaysItsTextWasNotRead() {
		DETAILS.forEach((detail, unverified) -> assertThat(Unverified.is(Status.AVAILABLE, detail)).as(detail)
				.isEqualTo(unverified));
		assertThat(Unverified.is(Status.AVAILABLE, null)).isFalse();
	}

	@Test
	void onlyAnAvailableVersionIsUnverified() {
		assertThat(Unverified.is(Status.WRONG_LANGUAGE, "no text")).isFalse();
		assertThat(Unverified.is(Status.DAMAGED, "text not readable: broken")).isFalse();
	}

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
			try (ResultSet rs = statement
					.executeQuery("SELECT s.DETAIL FROM LC_SLOT s WHERE " + Unverified.sql("s") + " ORDER BY s.ID")) {
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
