package org.langcov.report;

import java.time.Instant;
import java.time.LocalDate;

import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

/**
 * One slot as the reports show it.
 *
 * @param symbol
 *            the document's primary symbol
 * @param language
 *            the slot's language
 * @param expected
 *            whether the language is expected for the document
 * @param status
 *            the slot's status
 * @param detail
 *            the detail or notes, empty when none
 * @param location
 *            where the file is or would be, relative to the store; empty when the register says the language is not
 *            expected ({@code -} or {@code n/a})
 * @param bytes
 *            file size, or {@code null}
 * @param pages
 *            number of pages, or {@code null}
 * @param pdfVersion
 *            PDF version, or {@code null}
 * @param detectedLanguage
 *            language detected in the text, or {@code null}
 * @param lastModified
 *            the file's modification time, or {@code null}
 * @param availableSince
 *            the first day of the current unbroken run of AVAILABLE results, or {@code null}
 */
public record SlotLine(String symbol, Language language, boolean expected, Status status, String detail,
		String location, Long bytes, Integer pages, String pdfVersion, Language detectedLanguage, Instant lastModified,
		LocalDate availableSince) {

	/**
	 * Whether the slot was looked up: every slot but those whose language is not expected and has no file. These are
	 * the slots {@link ReportSource#slots} streams, of the documents {@link ReportSource#documents} streams.
	 */
	public boolean lookedUp() {
		return this.status != Status.NOT_EXPECTED;
	}

}
