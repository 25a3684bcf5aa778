package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessLockTests {

	static final String EMBEDDED = "jdbc:hsqldb:file:/opt/langcov/output/.langcov/db/langcov;shutdown=true";

	@TempDir
	Path home;

	String previousHome;

	Process other;

	@BeforeEach
	void installation() throws IOException {
		this.previousHome = System.getProperty(LangcovHome.PROPERTY);
		System.setProperty(LangcovHome.PROPERTY, this.home.toString());
		Files.createDirectories(ProcessLock.file().getParent());
		this.other = new ProcessBuilder("sleep", "60").start();
	}

	@AfterEach
	void restore() {
		this.other.destroyForcibly();
		if (this.previousHome != null) {
			System.setProperty(LangcovHome.PROPERTY, this.previousHome);
		} else {
			System.clearProperty(LangcovHome.PROPERTY);
		}
	}

	@Test
	void anEmbeddedDatabaseThatALiveProcessHoldsIsRefusedAtOnce() throws IOException {
		// given a live process that wrote its id
		Files.writeString(ProcessLock.file(), String.valueOf(this.other.pid()));

		// when / then
		assertThatThrownBy(() -> ProcessLock.checkFree(EMBEDDED)).isInstanceOf(ProcessLock.InUseException.class)
				.satisfies((ex) -> assertThat(ProcessLock.inUse(ex)).isTrue());
		assertThat(ProcessLock.holder()).contains(this.other.pid());
	}

	@Test
	void aSharedDatabaseIsNeverRefusedForAnotherProcess() throws IOException {
		// given a live process that wrote its id
		Files.writeString(ProcessLock.file(), String.valueOf(this.other.pid()));

		// when / then
		assertThatCode(() -> ProcessLock.checkFree("jdbc:postgresql://db/langcov")).doesNotThrowAnyException();
	}

	@Test
	void aProcessStartedAfterTheIdWasWrittenOnlyHasTheNumberOfOneThatDied() throws IOException {
		// given the id of a live process, written (by one that died) before it started
		Files.writeString(ProcessLock.file(), String.valueOf(this.other.pid()));
		Files.setLastModifiedTime(ProcessLock.file(), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

		// when / then
		assertThat(ProcessLock.holder()).isEmpty();
		assertThatCode(() -> ProcessLock.checkFree(EMBEDDED)).doesNotThrowAnyException();
	}

	@Test
	void noIdMeansNoHolder() {
		assertThat(ProcessLock.holder()).isEmpty();
		assertThatCode(() -> ProcessLock.checkFree(EMBEDDED)).doesNotThrowAnyException();
	}

}
