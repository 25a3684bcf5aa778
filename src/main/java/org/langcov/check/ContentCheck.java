package org.langcov.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Reads an opened document's first pages and judges whether it is the slot's
 * document (WRONG_DOCUMENT) in the slot's language (WRONG_LANGUAGE), and which
 * language it is in.
 */
final class ContentCheck {

	/** Symbols named in a detail; a page citing more is summarised. */
	private static final int SYMBOLS_SHOWN = 3;

	private final PDDocument document;

	private final Deadline deadline;

	ContentCheck(PDDocument document, Deadline deadline) {
		this.document = document;
		this.deadline = deadline;
	}

	/**
	 * The inspection of the opened document, given what the slot expects (or
	 * {@code null} to only find the language).
	 */
	Inspection judge(Inspection opened, Expected expected) throws IOException {
		List<PDPage> pages = firstPages();
		StreamBudget budget = new StreamBudget(this.deadline);
		for (PDPage page : pages) {
			budget.check(page);
		}
		FirstPagesText.Texts texts = FirstPagesText.read(this.document, pages, this.deadline);
		if (!LanguageIdentifier.hasText(texts.firstPages())) {
			// a scan: neither the symbol nor the language can be verified
			return opened.withDetail("no text");
		}
		Inspection read = opened.withDetectedLanguage(LanguageIdentifier.identify(texts.firstPages()));
		if (expected == null) {
			return read;
		}
		List<String> shown = List.copyOf(PageSymbols.find(texts.pageOne()));
		Set<String> own = expected.keys();
		if (!shown.isEmpty() && shown.stream().map(PageSymbols::key).noneMatch(own::contains)) {
			return read.withStatus(Status.WRONG_DOCUMENT, "page 1 shows " + list(shown));
		}
		if (read.detectedLanguage() != null && read.detectedLanguage() != expected.language()) {
			return read.withStatus(Status.WRONG_LANGUAGE, "the text is in " + read.detectedLanguage().displayName()
					+ ", not " + expected.language().displayName());
		}
		return read;
	}

	/**
	 * The first pages, up to {@value FirstPagesText#PAGES}. Page 1 was read
	 * already; a page tree that breaks after it (its count says more pages than it
	 * holds) ends the list rather than the inspection, as a reader shows the pages
	 * it can.
	 */
	private List<PDPage> firstPages() {
		List<PDPage> pages = new ArrayList<>();
		int count = Math.min(FirstPagesText.PAGES, this.document.getNumberOfPages());
		for (int i = 0; i < count; i++) {
			try {
				pages.add(this.document.getPage(i));
			} catch (RuntimeException ex) {
				break;
			}
		}
		return pages;
	}

	private static String list(List<String> symbols) {
		if (symbols.size() <= SYMBOLS_SHOWN) {
			return String.join(", ", symbols);
		}
		return String.join(", ", symbols.subList(0, SYMBOLS_SHOWN)) + " and " + (symbols.size() - SYMBOLS_SHOWN)
				+ " more";
	}

}
