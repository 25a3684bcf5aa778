package org.langcov.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFolderTests {

	@TempDir
	Path home;

	String previousHome;

	@BeforeEach
	void installation() {
		this.previousHome = System.getProperty(LangcovHome.PROPERTY);
		System.setProperty(LangcovHome.PROPERTY, this.home.toString());
	}

	@AfterEach
	void restore() {
		if (this.previousHome != null) {
			System.setProperty(LangcovHome.PROPERTY, this.previousHome);
		} else {
			System.clearProperty(LangcovHome.PROPERTY);
		}
	}

	@Test
	void poiPdfboxAndDownloadsWriteTheirTemporaryFilesInTheInstallationsOwnFolder() throws IOException {
		Path folder = this.home.resolve("output/.langcov/tmp/process-" + ProcessHandle.current().pid());
		try (TempFolder temporaryFiles = TempFolder.open()) {
			TempFolder.forPoi();
			assertThat(TempFile.createTempFile("poi-sxssf-sheet", ".xml").toPath()).hasParent(folder);
			assertThat(TempFolder.newFile("langcov-", ".download")).hasParent(folder);
			try (RandomAccessStreamCache cache = TempFolder.streamCache().create();
					RandomAccess buffer = cache.createBuffer()) {
				buffer.write(new byte[64 * 1024]);
				assertThat(folder).isDirectoryContaining("glob:**PDFBox*");
			}
		}
	}

	@Test
	void pdfBoxsCacheIsSetUpOnlyWhenAStreamIsWrittenToIt() throws IOException {
		Path folder = this.home.resolve("output/.langcov/tmp/process-" + ProcessHandle.current().pid());
		try (TempFolder temporaryFiles = TempFolder.open()) {
			// given the folder gone, as nothing but a write needs it
			Files.delete(folder);

			// when a document's cache is made and closed unused, as for every file the inspection reads
			TempFolder.streamCache().create().close();

			// then nothing was set up: the folder is not even made
			assertThat(folder).doesNotExist();

			// when a stream is written to another, then PDFBox's cache is set up in the folder, and reads back
			try (RandomAccessStreamCache cache = TempFolder.streamCache().create();
					RandomAccess buffer = cache.createBuffer()) {
				byte[] written = new byte[64 * 1024];
				written[written.length - 1] = 7;
				buffer.write(written);
				buffer.seek(0);
				byte[] read = new byte[written.length];
				buffer.readFully(read);
				assertThat(read).isEqualTo(written);
				assertThat(folder).isDirectoryContaining("glob:**PDFBox*");
			}
			assertThat(folder).isEmptyDirectory();
		}
	}

	@Test
	void theFolderIsRemovedWithWhatIsLeftInItWhenTheRunEnds() throws IOException {
		Path left;
		try (TempFolder temporaryFiles = TempFolder.open()) {
			left = TempFolder.newFile("langcov-", ".download");
			Files.writeString(left, "a download whose lookup was never closed");
		}
		assertThat(left).doesNotExist();
		assertThat(this.home.resolve("output/.langcov/tmp")).doesNotExist();
	}

	@Test
	void aRunThatEndsLeavesTheFilesOfARunStillGoingInThisProcess() throws IOException {
		Path kept;
		try (TempFolder stillGoing = TempFolder.open()) {
			try (TempFolder ending = TempFolder.open()) {
				kept = TempFolder.newFile("langcov-", ".download");
			}
			assertThat(kept).exists();
		}
		assertThat(kept).doesNotExist();
		assertThat(this.home.resolve("output/.langcov/tmp")).doesNotExist();
	}

	@Test
	void aProcessLeavesTheFilesOfAnotherProcessAloneAndRemovesThoseOfADeadOne() throws Exception {
		// given the folders of a process still running and of one that died
		Path tmp = this.home.resolve("output/.langcov/tmp");
		Process running = new ProcessBuilder("sleep", "30").start();
		Process dead = new ProcessBuilder("true").start();
		dead.waitFor();
		try {
			Path ofTheRunning = Files.createDirectories(tmp.resolve("process-" + running.pid()))
					.resolve("download.pdf");
			Files.writeString(ofTheRunning, "in use");
			Path ofTheDead = Files.createDirectories(tmp.resolve("process-" + dead.pid())).resolve("download.pdf");
			Files.writeString(ofTheDead, "left behind");

			// when this process runs and ends
			try (TempFolder temporaryFiles = TempFolder.open()) {
				TempFolder.newFile("langcov-", ".download");
			}

			// then the running one's file is there still, the dead one's and this one's are gone
			assertThat(ofTheRunning).exists();
			assertThat(ofTheDead.getParent()).doesNotExist();
			assertThat(TempFolder.path()).doesNotExist();
		} finally {
			running.destroyForcibly().waitFor();
		}
	}

	@Test
	void aFolderThatCannotBeWrittenIsSaidToBeDeniedAndWhere() {
		Path folder = this.home.resolve("output/.langcov/tmp");

		assertThat(TempFolder.problem(folder, new AccessDeniedException(folder.resolve("langcov-1.probe").toString())))
				.isEqualTo("permission denied: " + folder + " (langcov's folder for temporary files)");
		assertThat(TempFolder.problem(folder, new AccessDeniedException(folder.getParent().toString())))
				.isEqualTo("permission denied: " + folder.getParent()
						+ " (making langcov's folder for temporary files, " + folder + ")");
	}

	@Test
	void aFileInTheFoldersWayIsNamed() throws IOException {
		Files.createDirectories(this.home.resolve("output/.langcov"));
		Files.writeString(this.home.resolve("output/.langcov/tmp"), "not a folder");

		assertThatThrownBy(TempFolder::open).isInstanceOf(IOException.class)
				.hasMessageStartingWith("cannot write temporary files to " + this.home.resolve("output/.langcov/tmp"));
	}

}
