package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import java.time.Instant;

/**
 * What the inspection of one slot's file found.
 *
 * @param status
 *            the slot's status
 * @param detail
 *            what a person needs to act on it (notes such as {@code no text} for an available file), empty when there
 *            is nothing to say
 * @param bytes
 *            the file's size, or {@code null} when there is no file
 * @param pages
 *            the number of pages, or {@code null} when the file could not be opened
 * @param pdfVersion
 *            the PDF version, such as {@code 1.7}, or {@code null}
 * @param detectedLanguage
 *            the language the text is in, or {@code null} when not decided
 * @param lastModified
 *            the file's modification time, or {@code null} when there is no file
 */
public record Inspection(Status status, String detail, Long bytes, Integer pages, String pdfVersion,
		Language detectedLanguage, Instant lastModified) {

	public Inspection {
		detail = (detail != null) ? detail : "";
	}

	public static Inspection of(Status status, String detail) {
		return new Inspection(status, detail, null, null, null, null, null);
	}

	public Inspection withDetail(String newDetail) {
		return new Inspection(this.status, newDetail, this.bytes, this.pages, this.pdfVersion, this.detectedLanguage,
				this.lastModified);
	}

	public Inspection withDetectedLanguage(Language language) {
		return new Inspection(this.status, this.detail, this.bytes, this.pages, this.pdfVersion, language,
				this.lastModified);
	}

	public Inspection withStatus(Status newStatus, String newDetail) {
		return new Inspection(newStatus, newDetail, this.bytes, this.pages, this.pdfVersion, this.detectedLanguage,
				this.lastModified);
	}

}
