package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.register.DateOrder;

class JobFileReaderTests {

	@TempDir
	Path dir;

	Path jobs;

	@BeforeEach
	void layout() throws IOException {
		this.jobs = Files.createDirectories(this.dir.resolve("jobs"));
		Files.createDirectories(this.dir.resolve("input/documents/cnd57"));
		Files.createDirectories(this.dir.resolve("input/registers"));
		Files.writeString(this.dir.resolve("input/registers/cnd57.xlsx"), "x");
	}

	@Test
	void minimalJobGetsEveryDefaultAndPathsRelativeToTheJobFile() throws IOException {
		JobFile job = read("""
				session: CND57
				register: ../input/registers/cnd57.xlsx
				documents: ../input/documents/cnd57
				output: ../output/cnd57
				""");
		assertThat(job.session()).isEqualTo("CND57");
		assertThat(job.titleOr(job.session())).isEqualTo("CND57");
		assertThat(job.register()).isEqualTo(this.dir.resolve("input/registers/cnd57.xlsx").toAbsolutePath());
		assertThat(job.documents()).isEqualTo(this.dir.resolve("input/documents/cnd57").toAbsolutePath().toString());
		assertThat(job.output()).isEqualTo(this.dir.resolve("output/cnd57").toAbsolutePath());
		assertThat(job.pattern()).isEqualTo("{symbol}-{iso}.pdf");
		assertThat(job.languages()).isEqualTo(EnumSet.allOf(Language.class));
		assertThat(job.expect()).isEmpty();
		assertThat(job.sheet()).isNull();
		assertThat(job.fileTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(job.opens()).isNull();
		assertThat(job.deadlineWeeks()).isEqualTo(6);
		assertThat(job.dateOrder()).isEqualTo(DateOrder.DMY);
		assertThat(job.maxFileSize()).isEqualTo(200L * 1024 * 1024);
		assertThat(job.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(job.readTimeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(job.connectionsPerHost()).isEqualTo(4);
	}

	@Test
	void everyKeyIsRead() throws IOException {
		JobFile job = read("""
				session: CND57
				title: Commission on Narcotic Drugs, fifty-seventh session
				register: ../input/registers/cnd57.xlsx
				sheet: Documents
				documents: ../input/documents/cnd57
				pattern: "{path}/{lang}.pdf"
				languages: EFS
				expect:
				  - symbols: "*/CRP.*"
				    languages: E
				output: ../output/cnd57
				file-timeout: 2m
				opens: 2014-03-13
				deadline-weeks: 4
				date-order: mdy
				max-file-size: 1.5GB
				connect-timeout: 500ms
				read-timeout: 90
				connections-per-host: 2
				""");
		assertThat(job.title()).isEqualTo("Commission on Narcotic Drugs, fifty-seventh session");
		assertThat(job.sheet()).isEqualTo("Documents");
		assertThat(job.pattern()).isEqualTo("{path}/{lang}.pdf");
		assertThat(job.languages()).containsExactly(Language.ENGLISH, Language.FRENCH, Language.SPANISH);
		assertThat(job.expect()).singleElement().satisfies((rule) -> {
			assertThat(rule.matches("E/CN.7/2014/CRP.1")).isTrue();
			assertThat(rule.matches("E/CN.7/2014/1")).isFalse();
			assertThat(rule.languages()).containsExactly(Language.ENGLISH);
		});
		assertThat(job.fileTimeout()).isEqualTo(Duration.ofMinutes(2));
		assertThat(job.opens()).isEqualTo(LocalDate.of(2014, 3, 13));
		assertThat(job.deadlineWeeks()).isEqualTo(4);
		assertThat(job.dateOrder()).isEqualTo(DateOrder.MDY);
		assertThat(job.maxFileSize()).isEqualTo(1536L * 1024 * 1024);
		assertThat(job.connectTimeout()).isEqualTo(Duration.ofMillis(500));
		assertThat(job.readTimeout()).isEqualTo(Duration.ofSeconds(90));
		assertThat(job.connectionsPerHost()).isEqualTo(2);
	}

	@Test
	void unknownKeyIsNamedWithTheFile() {
		assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> read("""
				session: CND57
				sesion: CND58
				register: ../input/registers/cnd57.xlsx
				documents: ../input/documents/cnd57
				output: ../output/cnd57
				""")).satisfies((ex) -> assertThat(ex.problems()).singleElement().asString()
				.startsWith(this.jobs.resolve("job.yml") + ": unknown key 'sesion'"));
	}

	@Test
	void missingStoreFolderIsAnErrorNotAnEmptyStore() {
		assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> read("""
				session: CND57
				register: ../input/registers/cnd57.xlsx
				documents: ../input/documents/unmounted
				output: ../output/cnd57
				""")).satisfies((ex) -> assertThat(ex.problems()).singleElement().asString().contains("key 'documents'")
				.contains("does not exist"));
	}

	@Test
	void everyProblemIsReportedOnItsOwnLine() {
		assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> read("""
				session: ../etc
				register: ../input/registers/none.xlsx
				documents: ../input/documents/cnd57
				output: ../output/cnd57
				file-timeout: soon
				languages: EQ
				opens: 13 March
				"""))
				.satisfies((ex) -> assertThat(ex.problems()).hasSize(5)
						.anySatisfy((line) -> assertThat(line).contains("key 'session'").contains("not a session id"))
						.anySatisfy((line) -> assertThat(line).contains("key 'register'").contains("not found"))
						.anySatisfy((line) -> assertThat(line).contains("key 'file-timeout'").contains("'soon'"))
						.anySatisfy((line) -> assertThat(line).contains("key 'languages'").contains("'EQ'"))
						.anySatisfy((line) -> assertThat(line).contains("key 'opens'").contains("2014-03-13")));
	}

	@Test
	void requiredKeysAreNamed() {
		// session too, unless the register has a Session column: SessionPlan knows
		assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> read("title: nothing else\n"))
				.satisfies((ex) -> assertThat(ex.problems()).hasSize(3)
						.allSatisfy((line) -> assertThat(line).contains("is required")));
	}

	@Test
	void aJobMayLeaveTheSessionToTheRegister() throws IOException {
		JobFile job = read("""
				register: ../input/registers/cnd57.xlsx
				documents: ../input/documents/cnd57
				output: ../output/cnd57
				""");
		assertThat(job.session()).isNull();
		assertThat(job.withSession("CND58").session()).isEqualTo("CND58");
	}

	@Test
	void anOutputFolderThatCannotBeCreatedIsAnError() throws IOException {
		Files.writeString(this.dir.resolve("output"), "a file where the folder should be");
		assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> read("""
				session: CND57
				register: ../input/registers/cnd57.xlsx
				documents: ../input/documents/cnd57
				output: ../output/cnd57
				""")).satisfies((ex) -> assertThat(ex.problems()).containsExactly(this.jobs.resolve("job.yml")
				+ ": key 'output': folder " + this.dir.resolve("output/cnd57").toAbsolutePath() + " cannot be created: "
				+ this.dir.resolve("output").toAbsolutePath() + " is a file, not a folder"));
	}

	@Test
	void invalidYamlNamesTheLine() {
		assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> read("""
				session: CND57
				register: [unclosed
				documents: x
				""")).satisfies((ex) -> assertThat(ex.problems()).singleElement().asString()
				.matches(".*job\\.yml, line \\d+: not valid YAML: .*"));
	}

	@Test
	void missingJobFileIsNamed() {
		Path missing = this.jobs.resolve("none.yml");
		assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> new JobFileReader().read(missing))
				.satisfies((ex) -> assertThat(ex.problems()).containsExactly(missing + ": job file not found"));
	}

	private JobFile read(String yaml) throws IOException {
		Path file = this.jobs.resolve("job.yml");
		Files.writeString(file, yaml);
		return new JobFileReader().read(file);
	}

}
