package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.langcov.fixtures.BrokenFiles;
import org.langcov.fixtures.UnDocumentPdf;

class PdfInspectorTests {

	private final PdfInspector inspector = new PdfInspector();

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(Language.class)
	void aGoodFileIsAvailableWithItsFacts(Language language) throws IOException {
		Path file = UnDocumentPdf.of(language, "E/CN.7/2014/2", "E/CN.15/2014/2").writeTo(pdf());

		Inspection inspection = this.inspector.inspect(file);

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEmpty();
		assertThat(inspection.bytes()).isEqualTo(Files.size(file));
		assertThat(inspection.pages()).isEqualTo(2);
		assertThat(inspection.pdfVersion()).isEqualTo("1.7");
		assertThat(inspection.detectedLanguage()).isEqualTo(language);
		assertThat(inspection.lastModified()).isEqualTo(Files.getLastModifiedTime(file).toInstant());
	}

	@Test
	void noFileIsMissing() {
		Inspection inspection = this.inspector.inspect(pdf());

		assertThat(inspection.status()).isEqualTo(Status.MISSING);
		assertThat(inspection.bytes()).isNull();
	}

	@Test
	void aFolderUnderThePdfsNameIsUnreadable() throws IOException {
		Inspection inspection = this.inspector.inspect(Files.createDirectory(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.UNREADABLE);
		assertThat(inspection.detail()).contains("folder");
	}

	@Test
	void zeroBytesIsEmpty() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.zeroBytes(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.EMPTY);
		assertThat(inspection.bytes()).isZero();
	}

	@Test
	void aWebServersErrorPageIsNotPdfAndSaysSo() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.htmlPage(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.NOT_PDF);
		assertThat(inspection.detail()).contains("an HTML page");
	}

	@Test
	void aWordFileIsNotPdfAndSaysSo() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.wordDocument(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.NOT_PDF);
		assertThat(inspection.detail()).contains("a Word document (OLE2)");
	}

	@Test
	void anOfficeOpenXmlFileIsNotPdfAndSaysSo() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.officeOpenXmlFile(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.NOT_PDF);
		assertThat(inspection.detail()).contains("a ZIP/Office file");
	}

	@Test
	void aTruncatedPdfIsDamagedAndCutShort() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.truncatedPdf(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.DAMAGED);
		assertThat(inspection.detail()).startsWith("cut short");
	}

	@Test
	void garbageAfterAPdfHeaderIsDamagedWithTheParsersReasonOnOneLine() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.garbageAfterHeader(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.DAMAGED);
		assertThat(inspection.detail()).startsWith("cannot be parsed: ").doesNotContain("\n", "Exception", "java.");
		assertThat(inspection.bytes()).isPositive();
	}

	@Test
	void aPdfWithoutPagesIsDamaged() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.noPages(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.DAMAGED);
		assertThat(inspection.detail()).isEqualTo("has no pages");
		assertThat(inspection.pages()).isZero();
	}

	@Test
	void aPageTreeThatBreaksOnPageOneIsDamaged() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.brokenPageTree(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.DAMAGED);
		assertThat(inspection.detail()).startsWith("page 1 cannot be read: ");
	}

	@Test
	void aPdfThatNeedsAPasswordIsEncrypted() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.userPassword(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.ENCRYPTED);
		assertThat(inspection.detail()).contains("password");
	}

	@Test
	void aPdfWithOnlyAnOwnerPasswordOpensAndIsAvailable() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.ownerPasswordOnly(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.pages()).isEqualTo(2);
	}

	@Test
	void aFileWeMayNotReadIsUnreadable() throws IOException {
		Path file = UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/3").writeTo(pdf());
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");

		Inspection inspection = this.inspector.inspect(file);

		assertThat(inspection.status()).isEqualTo(Status.UNREADABLE);
		assertThat(inspection.detail()).contains("permission denied");
	}

	@Test
	void aSymbolicLinkLoopIsUnreadableWithTheReason() throws IOException {
		// an I/O error that root gets too
		Path other = this.folder.resolve("other.pdf");
		Files.createSymbolicLink(pdf(), other);
		Files.createSymbolicLink(other, pdf());

		Inspection inspection = this.inspector.inspect(pdf());

		assertThat(inspection.status()).isEqualTo(Status.UNREADABLE);
		assertThat(inspection.detail()).startsWith("cannot look at the file: ").containsIgnoringCase("symbolic links");
	}

	private Path pdf() {
		return this.folder.resolve("E_CN.7_2014_3-EN.pdf");
	}

}
