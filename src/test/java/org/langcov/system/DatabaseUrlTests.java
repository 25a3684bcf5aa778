package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseUrlTests {

	@Test
	void aUrlIsShownWithoutItsPassword() {
		assertThat(DatabaseUrl.printable("jdbc:postgresql://db.example.org:5432/langcov"))
				.isEqualTo("jdbc:postgresql://db.example.org:5432/langcov");
		assertThat(DatabaseUrl.printable("jdbc:postgresql://db/langcov?user=lc&password=secret&ssl=true"))
				.isEqualTo("jdbc:postgresql://db/langcov?user=lc&password=***&ssl=true");
		assertThat(DatabaseUrl.printable("jdbc:postgresql://lc:secret@db/langcov"))
				.isEqualTo("jdbc:postgresql://lc:***@db/langcov");
		assertThat(DatabaseUrl.printable("jdbc:hsqldb:file:/srv/db;user=SA;password=secret;shutdown=true"))
				.isEqualTo("jdbc:hsqldb:file:/srv/db;user=SA;password=***;shutdown=true");
	}

	@Test
	void onlyAnHsqldbFileIsAnEmbeddedFile() {
		assertThat(DatabaseUrl.embeddedFile("jdbc:hsqldb:file:/srv/langcov/db;shutdown=true")).isTrue();
		assertThat(DatabaseUrl.embeddedFile("JDBC:HSQLDB:FILE:db")).isTrue();
		assertThat(DatabaseUrl.embeddedFile("jdbc:hsqldb:mem:test")).isFalse();
		assertThat(DatabaseUrl.embeddedFile("jdbc:hsqldb:hsql://db.example.org/langcov")).isFalse();
		assertThat(DatabaseUrl.embeddedFile("jdbc:postgresql://db.example.org/langcov")).isFalse();
		assertThat(DatabaseUrl.embeddedFile(null)).isFalse();
	}

	@Test
	void aDatabaseIsUnreachableWhenTheDriverSaysSoInASqlState() {
		assertThat(DatabaseUrl.unreachable(new IllegalStateException(new SQLException("refused", "08001")))).isTrue();
		assertThat(DatabaseUrl.unreachable(new SQLException("password authentication failed", "28P01"))).isTrue();
		assertThat(DatabaseUrl.unreachable(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseUrl.unreachable(new IllegalStateException("no SQL at all"))).isFalse();
	}

}
