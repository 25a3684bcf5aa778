package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.BrokenFiles;
import org.langcov.fixtures.FileEnds;

/**
 * The end of a file judged as viewers judge it: what comes after a complete file is a note, and only a file that really
 * ends early is cut short.
 */
class FileEndTests {

	private final PdfInspector inspector = new PdfInspector();

	@TempDir
	Path folder;

	@Test
	void zerosAfterTheEofMarkerAreANoteOnAnAvailableFile() {
		Inspection inspection = this.inspector.inspect(FileEnds.zerosAfterEof(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEqualTo("data after %%EOF");
		assertThat(inspection.pages()).isEqualTo(2);
		assertThat(inspection.pdfVersion()).isEqualTo("1.7");
		assertThat(inspection.detectedLanguage()).isEqualTo(Language.ENGLISH);
	}

	@Test
	void junkAfterTheEofMarkerIsANoteOnAnAvailableFile() {
		Inspection inspection = this.inspector.inspect(FileEnds.junkAfterEof(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEqualTo("data after %%EOF");
	}

	@Test
	void zerosAfterTheMarkerOfAFileTooLargeToReadAtOnceAreANote() throws IOException {
		Path file = FileEnds.zerosAfterEof(pdf());
		Files.write(file, new byte[(int) PdfInspector.IN_MEMORY + 100_000], StandardOpenOption.APPEND);

		Inspection inspection = this.inspector.inspect(file);

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEqualTo("data after %%EOF");
	}

	@Test
	void aCompleteFileWithoutItsEofMarkerIsANoteOnAnAvailableFile() {
		Inspection inspection = this.inspector.inspect(FileEnds.withoutEofMarker(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEqualTo("no %%EOF marker");
	}

	@Test
	void aMangledEofMarkerIsANoteOnAnAvailableFile() {
		Inspection inspection = this.inspector.inspect(FileEnds.mangledEofMarker(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEqualTo("no %%EOF marker");
	}

	@Test
	void aFileThatEndsInsideAStreamIsCutShortAndSaysWhere() {
		Inspection inspection = this.inspector.inspect(FileEnds.cutInsideStream(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.DAMAGED);
		assertThat(inspection.detail()).matches("cut short: the file ends inside a stream of object \\d+");
	}

	@Test
	void aFileThatEndsInsideAnObjectIsCutShortAndSaysWhich() {
		Inspection inspection = this.inspector.inspect(FileEnds.cutInsideObject(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.DAMAGED);
		assertThat(inspection.detail()).matches("cut short: the file ends inside object \\d+");
	}

	@Test
	void aFileCutInsideAnAppendedUpdateIsCutShortThoughAnEarlierMarkerIsWhole() {
		Inspection inspection = this.inspector.inspect(FileEnds.cutInsideAppendedUpdate(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.DAMAGED);
		assertThat(inspection.detail())
				.isEqualTo("cut short: the file ends inside its cross-reference table, before the trailer");
	}

	@Test
	void theDetailOfAFileCutShortGuessesNoCause() {
		Inspection inspection = this.inspector.inspect(BrokenFiles.truncatedPdf(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.DAMAGED);
		assertThat(inspection.detail()).startsWith("cut short: the file ends ").doesNotContain("upload", "copy",
				"may have");
	}

	@Test
	void anAbsurdPageCountIsCheckedAgainstThePagesTheFileHolds() {
		Inspection inspection = this.inspector.inspect(FileEnds.absurdPageCount(pdf()));

		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.pages()).isEqualTo(2);
		assertThat(inspection.detail()).isEqualTo("its page tree says 2,000,000,000 pages, the file holds 2");
	}

	@Test
	void judgingAWholeFileFindsNothingToSay() {
		byte[] pdf = "%PDF-1.7\n1 0 obj\n<< >>\nendobj\nxref\n0 1\ntrailer\n<< >>\nstartxref\n9\n%%EOF\r\n"
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

		assertThat(FileEnd.judge(pdf, pdf.length).verdict()).isEqualTo(FileEnd.Verdict.WHOLE);
	}

	@Test
	void aWholeTrailerWithoutTheOffsetOrMarkerAfterItIsANote() {
		byte[] pdf = "%PDF-1.7\n1 0 obj\n<< >>\nendobj\nxref\n0 1\ntrailer\n<< /Root 1 0 R /Size 2 >>\nstartxref\n"
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

		assertThat(FileEnd.judge(pdf, pdf.length).detail()).isEqualTo("no %%EOF marker");
	}

	@Test
	void aFileCutInItsTrailerSaysSo() {
		byte[] pdf = "%PDF-1.7\n1 0 obj\n<< >>\nendobj\nxref\n0 1\ntrailer\n<< /Size 2 /Ro"
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

		assertThat(FileEnd.judge(pdf, pdf.length).detail())
				.isEqualTo("cut short: the file ends inside its trailer, before startxref");
	}

	private Path pdf() {
		return this.folder.resolve("E_CN.7_2014_3-EN.pdf");
	}

}
