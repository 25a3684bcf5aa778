package org.langcov.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderStoreTests {

	@TempDir
	Path root;

	@Test
	void plainLocationIsFound() throws IOException {
		Path file = touch("E_CN.7_2014_1-EN.pdf", 0);
		assertThat(store().find("E_CN.7_2014_1-EN.pdf")).isEqualTo(new Lookup(file, 1));
	}

	@Test
	void missingFileAndMissingFolderAreNoMatch() throws IOException {
		assertThat(store().find("E_CN.7_2014_1-EN.pdf").found()).isFalse();
		assertThat(store().find("E/CN.7/2014/1/*.pdf").found()).isFalse();
	}

	@Test
	void wildcardTakesTheNewestOfSeveralMatches() throws IOException {
		touch("E/CN.7/2014/1/E_CN.7_2014_1-EN-draft.pdf", 1_000);
		Path newest = touch("E/CN.7/2014/1/E_CN.7_2014_1-EN-final.pdf", 3_000);
		touch("E/CN.7/2014/1/E_CN.7_2014_1-EN-v2.pdf", 2_000);
		touch("E/CN.7/2014/1/E_CN.7_2014_1-FR.pdf", 9_000);
		assertThat(store().find("E/CN.7/2014/1/E_CN.7_2014_1-EN*.pdf")).isEqualTo(new Lookup(newest, 3));
	}

	@Test
	void wildcardInAFolderNameDoesNotCrossSlashes() throws IOException {
		Path file = touch("2014-03/E/report.pdf", 0);
		touch("2014-03/deeper/E/report.pdf", 0);
		assertThat(store().find("2014-*/E/report.pdf")).isEqualTo(new Lookup(file, 1));
	}

	@Test
	void otherGlobCharactersAreLiteral() throws IOException {
		Path file = touch("a[1]{x}.pdf", 0);
		touch("a1x.pdf", 0);
		assertThat(store().find("a[1]{x}*.pdf")).isEqualTo(new Lookup(file, 1));
	}

	@Test
	void locationsClimbingOutOfTheStoreAreRefused() {
		FolderStore store = store();
		assertThat(store.outsideReason("../secret.pdf"))
				.hasValueSatisfying((reason) -> assertThat(reason).contains("points outside the store"));
		assertThat(store.outsideReason("E/../../secret.pdf")).isPresent();
		assertThat(store.outsideReason("/etc/passwd")).isPresent();
		assertThat(store.outsideReason("..")).isPresent();
		assertThat(store.outsideReason("E/../E_CN.7_2014_1-EN.pdf")).isEmpty();
		assertThat(store.outsideReason("sub/E_CN.7_2014_1-EN.pdf")).isEmpty();
	}

	@Test
	void traversalNeverFindsAFileOutsideTheStore() throws IOException {
		Path store = Files.createDirectories(this.root.resolve("store"));
		Files.writeString(this.root.resolve("secret.pdf"), "%PDF-");
		assertThat(new FolderStore(store).find("../secret.pdf").found()).isFalse();
		assertThat(new FolderStore(store).find("../*.pdf").found()).isFalse();
	}

	private FolderStore store() {
		return new FolderStore(this.root);
	}

	private Path touch(String location, long modified) throws IOException {
		Path file = this.root.resolve(location);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "%PDF-1.7");
		Files.setLastModifiedTime(file, FileTime.fromMillis(1_400_000_000_000L + modified));
		return file;
	}

}
