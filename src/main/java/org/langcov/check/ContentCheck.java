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
		FirstPagesText.Texts quick = quickText(pages, budget);
		if (quick != null) {
			Inspection settled = verdict(opened, expected, quick, true);
			if (settled != null) {
				return settled;
			}
		}
		for (PDPage page : pages) {
			budget.check(page);
		}
		return verdict(opened, expected, FirstPagesText.read(this.document, pages, this.deadline), false);
	}

	private FirstPagesText.Texts quickText(List<PDPage> pages, StreamBudget budget) {
		try {
			return PageText.read(pages, this.deadline, budget);
		} catch (IOException | RuntimeException ex) {
			// the full extraction is more forgiving, and it judges a broken page
			return null;
		}
	}

	/**
	 * The verdict on the text of the first pages. The quick text ({@link PageText})
	 * settles only the plain case, the slot's own symbol on page 1 and its language
	 * clearly identified ({@code null} otherwise): every other verdict is taken on
	 * the text as a reader sees it ({@link FirstPagesText}), so that the quick text
	 * can make a check faster but never change its outcome.
	 */
	private Inspection verdict(Inspection opened, Expected expected, FirstPagesText.Texts texts, boolean quick) {
		if (!LanguageIdentifier.hasText(texts.firstPages())) {
			// a scan: neither the symbol nor the language can be verified
			return quick ? null : opened.withDetail("no text");
		}
		Language detected = LanguageIdentifier.identify(texts.firstPages());
		Inspection read = opened.withDetectedLanguage(detected);
		if (expected == null) {
			return (quick && detected == null) ? null : read;
		}
		List<String> shown = List.copyOf(PageSymbols.find(texts.pageOne()));
		Set<String> own = expected.keys();
		if (quick) {
			boolean ownShown = shown.stream().map(PageSymbols::key).anyMatch(own::contains);
			return (ownShown && detected == expected.language()) ? read : null;
		}
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
