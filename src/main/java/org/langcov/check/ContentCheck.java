package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Reads an opened document's first pages and judges whether it is the slot's document (WRONG_DOCUMENT) in the slot's
 * language (WRONG_LANGUAGE), and which language it is in.
 * <p>
 * A file that opens and has pages is never DAMAGED for its text: when the text cannot be extracted (a font PDFBox
 * cannot load, a broken inline image), it is AVAILABLE with the note {@code text not readable: REASON}, its symbol and
 * language not verified.
 */
final class ContentCheck {

	/** The note of a file whose text cannot be read, before its reason. */
	static final String NOT_READABLE = "text not readable: ";

	/** Symbols named in a detail; a page citing more is summarised. */
	private static final int SYMBOLS_SHOWN = 3;

	private final PDDocument document;

	private final Deadline deadline;

	ContentCheck(PDDocument document, Deadline deadline) {
		this.document = document;
		this.deadline = deadline;
	}

	/**
	 * The inspection of the opened document, given what the slot expects (or {@code null} to only find the language).
	 */
	Inspection judge(Inspection opened, Expected expected) {
		List<PDPage> pages = pages(0, StrippedText.PAGES);
		StreamBudget budget = new StreamBudget(this.deadline);
		PageTexts quick = quickText(pages, budget, expected);
		if (quick != null) {
			Inspection settled = settle(opened, expected, quick);
			if (settled != null) {
				return settled;
			}
		}
		for (PDPage page : pages) {
			budget.check(page);
		}
		PageTexts texts;
		try {
			texts = StrippedText.read(this.document, pages, this.deadline);
		} catch (IOException | RuntimeException ex) {
			// the file opens and has pages: what a reader's viewer shows it shows
			return opened.withDetail(NOT_READABLE + Reasons.parser(ex));
		}
		return verdict(opened, expected, texts, budget);
	}

	/**
	 * The quick text of the first pages, or {@code null} when it cannot settle the verdict: when a page cannot be read
	 * this way, or when page 1 does not show the slot's own symbol (the next pages are then not read).
	 */
	private PageTexts quickText(List<PDPage> pages, StreamBudget budget, Expected expected) {
		Predicate<String> mayBeSettled = (expected == null)
				? (pageOne) -> true
				: (pageOne) -> showsOwn(pageOne, expected);
		try {
			return QuickText.read(pages, this.deadline, budget, mayBeSettled);
		} catch (IOException | RuntimeException ex) {
			// the full extraction is more forgiving, and it judges a broken page
			return null;
		}
	}

	/**
	 * The verdict on the quick text ({@link QuickText}), which settles only the plain case: the slot's own symbol on
	 * page 1 and its language clearly identified ({@code null} otherwise). Every other verdict is taken on the text as
	 * a reader sees it ({@link StrippedText}), so that the quick text can make a check faster but never change its
	 * outcome. With a slot, {@code quick} shows its own symbol on page 1 ({@link #quickText}).
	 */
	private static Inspection settle(Inspection opened, Expected expected, PageTexts quick) {
		if (!LanguageIdentifier.hasText(quick.firstPages())) {
			return null;
		}
		Language detected = LanguageIdentifier.judge(quick.firstPages()).language();
		if (detected == null) {
			return null;
		}
		Inspection read = opened.withDetectedLanguage(detected);
		return (expected == null || detected == expected.language()) ? read : null;
	}

	/** Whether page 1's text shows the slot's own symbol. */
	private static boolean showsOwn(String pageOne, Expected expected) {
		return PageSymbols.find(pageOne).stream().map(PageSymbols::key).anyMatch(expected.keys()::contains);
	}

	/** The verdict on the text of the first pages, as PDFTextStripper reads it. */
	private Inspection verdict(Inspection opened, Expected expected, PageTexts texts, StreamBudget budget) {
		if (!LanguageIdentifier.hasText(texts.firstPages())) {
			// a scan: neither the symbol nor the language can be verified
			return opened.withDetail("no text");
		}
		TextLanguage language = LanguageIdentifier.judge(texts.firstPages());
		if (expected != null) {
			List<String> shown = List.copyOf(PageSymbols.find(texts.pageOne()));
			Set<String> own = expected.keys();
			if (!shown.isEmpty() && shown.stream().map(PageSymbols::key).noneMatch(own::contains)) {
				return opened.withDetectedLanguage(language.language()).withStatus(Status.WRONG_DOCUMENT,
						"page 1 shows " + list(shown));
			}
		}
		if (!language.decided()) {
			language = readFurther(texts, budget);
		}
		Inspection read = opened.withDetectedLanguage(language.language());
		return switch (language.kind()) {
			case NOT_READABLE -> read.withDetail(NOT_READABLE + language.reason());
			case NONE_OF_THE_SIX -> (expected != null)
					? read.withStatus(Status.WRONG_LANGUAGE,
							"the text is in none of the six languages, not " + expected.language().displayName())
					: read;
			case LANGUAGE -> (expected != null && language.language() != expected.language())
					? read.withStatus(Status.WRONG_LANGUAGE,
							"the text is in " + language.language().displayName() + ", not "
									+ expected.language().displayName())
					: read;
			case UNCLEAR -> read;
		};
	}

	/**
	 * The language of the body, when the first pages decide nothing: a translation may open with pages of English front
	 * matter (a licence, "issued without formal editing", a cover note). Pages up to
	 * {@value StrippedText#FURTHER_PAGES} are read, until their text has {@value StrippedText#FURTHER_CHARS}
	 * characters, within half the time left; what they decide, alone or with the first pages, is the verdict.
	 */
	private TextLanguage readFurther(PageTexts first, StreamBudget budget) {
		List<PDPage> pages = pages(first.pagesRead(), StrippedText.FURTHER_PAGES);
		if (pages.isEmpty()) {
			return TextLanguage.UNCLEAR;
		}
		String body;
		try {
			for (PDPage page : pages) {
				budget.check(page);
			}
			body = StrippedText.readFurther(this.document, pages, this.deadline.halfOfWhatIsLeft());
		} catch (Deadline.Passed ex) {
			// the time for reading further is up; if the file's own is too, it is TIMEOUT
			this.deadline.check();
			return TextLanguage.UNCLEAR;
		} catch (IOException | RuntimeException ex) {
			return TextLanguage.UNCLEAR;
		}
		TextLanguage language = LanguageIdentifier.judge(body);
		return language.decided() ? language : LanguageIdentifier.judge(first.firstPages() + "\n" + body);
	}

	/**
	 * The pages from index {@code from} up to {@code to}, as far as the document has them. Page 1 was read already; a
	 * page tree that breaks after it (its count says more pages than it holds) ends the list rather than the
	 * inspection, as a reader shows the pages it can.
	 */
	private List<PDPage> pages(int from, int to) {
		List<PDPage> pages = new ArrayList<>();
		int count = Math.min(to, this.document.getNumberOfPages());
		for (int i = from; i < count; i++) {
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
