package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.LangcovProcess;
import org.langcov.fixtures.OtherUser;
import org.langcov.fixtures.OtherUser.Ended;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.job.JobFile;
import org.langcov.store.Placeholders;

/**
 * What only another user shows, in processes of their own: a run as root that leaves nothing in the way of the next
 * user's, a temporary folder the user cannot write, a file the user cannot read. Root reads and writes everything, so
 * when the tests run as root they run langcov as {@code nobody}; without a way to switch users, the tests are skipped
 * and say so.
 */
class OtherUserFunctionalTests {

	private static final String NO_OTHER_USER = "needs another user than the tests' own: the tests run as root"
			+ " without setpriv or the user nobody; TempFolderTests test the folder itself";

	@TempDir
	Path dir;

	@BeforeEach
	void passable() throws IOException {
		OtherUser.letThrough(this.dir);
	}

	@Test
	void aRunAsAnotherUserAfterOneAsRootWritesItsReportsAndLeavesTheSharedTemporaryDirectoryAlone() throws Exception {
		Optional<OtherUser> nobody = OtherUser.nobody();
		assumeTrue(nobody.isPresent(), "needs root, setpriv and the user nobody to run as a second user");
		// the system's temporary directory, which every user shares
		Path shared = OtherUser.letThrough(Files.createDirectories(this.dir.resolve("tmp")));
		Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
		List<String> sharedTmp = List.of("java.io.tmpdir=" + shared);
		Path rootHome = installation("root", "ROOT57");
		Path otherHome = installation("other", "OTHER57");
		nobody.get().own(otherHome);

		// when root runs a session, then the other user runs one
		Ended asRoot = OtherUser.ended(LangcovProcess.start(rootHome, sharedTmp, false, "run",
				rootHome.resolve("jobs/ROOT57.yml").toString()));
		Ended asOther = OtherUser.ended(nobody.get().start(otherHome, this.dir, sharedTmp, "run", "jobs/OTHER57.yml"));

		// then both write their reports, with their temporary files in their own folders
		assertThat(asRoot.status()).as(asRoot.err()).isZero();
		assertThat(asOther.status()).as(asOther.err()).isZero();
		assertThat(asOther.out())
				.startsWith("OTHER57: coverage A 100% C 100% E 100% F 100% R 100% S 100% overall 100%");
		assertThat(otherHome.resolve("output/OTHER57/OTHER57-coverage.xlsx")).isNotEmptyFile();
		assertThat(shared).isEmptyDirectory();
		assertThat(rootHome.resolve("output/.langcov/tmp")).doesNotExist();
		assertThat(otherHome.resolve("output/.langcov/tmp")).doesNotExist();
	}

	@Test
	void aTemporaryFolderThatCannotBeWrittenFailsTheRunSayingPermissionDeniedAndWhere() throws Exception {
		Optional<OtherUser> user = OtherUser.boundByPermissions();
		assumeTrue(user.isPresent(), NO_OTHER_USER);
		Path home = installation("denied", "DENIED57");
		Files.createDirectories(home.resolve("output/.langcov"));
		user.get().own(home);
		// as a run of root's cut short leaves it: the user cannot write there
		Path tmp = Files.createDirectories(home.resolve("output/.langcov/tmp"));
		Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("r-xr-xr-x"));

		Ended run = OtherUser.ended(user.get().start(home, this.dir, List.of(), "run", "jobs/DENIED57.yml"));

		assertThat(run.status()).as(run.err()).isEqualTo(1);
		assertThat(run.err()).isEqualTo("DENIED57: the run failed: permission denied: " + tmp
				+ " (langcov's folder for temporary files); details in output/.langcov/logs/langcov.log"
				+ System.lineSeparator());
		assertThat(home.resolve("output/DENIED57/DENIED57-coverage.xlsx")).doesNotExist();
	}

	@Test
	void aFileMadeUnreadableIsInspectedAgainRatherThanTakenFromTheCache() throws Exception {
		Optional<OtherUser> user = OtherUser.boundByPermissions();
		assumeTrue(user.isPresent(), NO_OTHER_USER);
		Path home = installation("cache", "CACHE57");
		user.get().own(home);
		Ended first = OtherUser.ended(user.get().start(home, this.dir, List.of(), "run", "jobs/CACHE57.yml"));
		assertThat(first.out()).as(first.err()).contains("overall 100%; 0 problems");

		// the English file made unreadable: same size, same time
		Path english = home.resolve("store/E_CN.7_2014_1-EN.pdf");
		FileTime modified = Files.getLastModifiedTime(english);
		Files.setPosixFilePermissions(english, PosixFilePermissions.fromString("---------"));
		assertThat(Files.getLastModifiedTime(english)).isEqualTo(modified);
		Ended second = OtherUser.ended(user.get().start(home, this.dir, List.of(), "run", "jobs/CACHE57.yml"));

		assertThat(second.status()).as(second.err()).isZero();
		assertThat(second.out()).contains(" E 0% ").contains("; 1 problem; 1 change;");
		try (Workbook workbook = Sheets.open(home.resolve("output/CACHE57/CACHE57-coverage.xlsx"))) {
			assertThat(Sheets.rows(workbook.getSheet("Problems"), 4)).containsExactly(
					List.of("Symbol", "Language", "Status", "Detail"),
					List.of("E/CN.7/2014/1", "E", "UNREADABLE", "cannot read the file: permission denied"));
		}
	}

	/**
	 * An installation with a session of one document in six languages, its job in {@code jobs/SESSION.yml}.
	 */
	private Path installation(String name, String session) throws IOException {
		Path home = OtherUser.letThrough(Files.createDirectories(this.dir.resolve(name)));
		Path store = Files.createDirectories(home.resolve("store"));
		for (Language language : Language.values()) {
			UnDocumentPdf.of(language, "E/CN.7/2014/1")
					.writeTo(store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, "E/CN.7/2014/1", language)));
		}
		Workbooks.workbook().row(1, "Symbol", "Title").row(2, "E/CN.7/2014/1", "Provisional agenda")
				.write(home.resolve("register.xlsx"));
		Files.createDirectories(home.resolve("jobs"));
		Files.writeString(home.resolve("jobs/" + session + ".yml"), """
				session: %s
				register: ../register.xlsx
				documents: ../store
				output: ../output/%s
				""".formatted(session, session));
		return home;
	}

}
