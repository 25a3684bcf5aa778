package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.Workbooks;

/**
 * Broken job files, through the real command line: each is refused with status 2 and one line naming the job file and
 * the line or key at fault, and the session's previous reports stay as they were.
 */
class BrokenJobFileFunctionalTests {

	@TempDir
	static Path home;

	static Refusals refusals;

	@BeforeAll
	static void installation() throws IOException {
		refusals = new Refusals(home);
		Workbooks.workbook().row(1, "Symbol").row(2, "E/CN.7/2014/1").write(refusals.register("r.xlsx"));
	}

	@AfterAll
	static void restore() {
		refusals.close();
	}

	@Test
	void aJobFileThatIsNotValidYamlNamesTheLine() throws IOException {
		Path job = refusals.jobFile("""
				session: BROKEN
				register: [../input/registers/r.xlsx
				documents: ../input/documents/s1
				output: ../output/BROKEN
				""");

		assertThat(refusals.refused(job)).startsWith(job + ", line ").contains(": not valid YAML: ");
	}

	@Test
	void anUnknownKeyIsNamed() throws IOException {
		Path job = refusals.jobFile(valid().replace("session:", "sesion:"));

		assertThat(refusals.refused(job)).startsWith(job + ": unknown key 'sesion' (known keys: session, title, ");
	}

	@Test
	void aSessionIdWithPathCharactersIsRefused() throws IOException {
		Path job = refusals.jobFile(valid().replace("session: BROKEN", "session: ../BROKEN"));

		assertThat(refusals.refused(job)).isEqualTo(job + ": key 'session': '../BROKEN' is not a session id:"
				+ " use letters, digits, '.', '_' and '-' (at most 64), as in CND57");
	}

	@Test
	void anUnparsableFileTimeoutIsRefused() throws IOException {
		Path job = refusals.jobFile(valid() + "file-timeout: a while\n");

		assertThat(refusals.refused(job)).startsWith(job + ": key 'file-timeout': ").contains("30s");
	}

	@Test
	void aStoreFolderThatDoesNotExistIsAnErrorNotAnEmptyStore() throws IOException {
		Path job = refusals.jobFile(valid().replace("documents/s1", "documents/unmounted"));

		assertThat(refusals.refused(job)).startsWith(job + ": key 'documents': folder "
				+ home.resolve("input/documents/unmounted") + " does not exist (is the share mounted?)");
	}

	@Test
	void anOutputFolderThatIsAFileIsRefused() throws IOException {
		Path blocker = Files.writeString(home.resolve("output/blocker"), "not a folder");
		Path job = refusals.jobFile(valid().replace("../output/BROKEN", "../output/blocker"));

		assertThat(refusals.refused(job)).isEqualTo(job + ": key 'output': " + blocker + " is a file, not a folder");
		assertThat(blocker).hasContent("not a folder");
	}

	@Test
	void anOutputFolderUnderAFileIsRefused() throws IOException {
		Path blocker = Files.writeString(home.resolve("output/file"), "not a folder");
		Path job = refusals.jobFile(valid().replace("../output/BROKEN", "../output/file/BROKEN"));

		assertThat(refusals.refused(job)).isEqualTo(job + ": key 'output': folder " + blocker.resolve("BROKEN")
				+ " cannot be created: " + blocker + " is a file, not a folder");
		assertThat(blocker).hasContent("not a folder");
	}

	private static String valid() {
		return """
				session: BROKEN
				register: ../input/registers/r.xlsx
				documents: ../input/documents/s1
				output: ../output/BROKEN
				""";
	}

}
