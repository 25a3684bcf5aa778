package org.langcov.check;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a document's first pages, as {@link PDFTextStripper} extracts it (in logical order, Arabic presentation
 * forms normalised), read within a {@link Deadline} and with bounded memory: a hostile page may show millions of
 * glyphs, and the stripper keeps every one of them until the page ends.
 */
final class StrippedText extends PDFTextStripper {

	/** How many pages the language is judged on. */
	static final int PAGES = 3;

	/** Glyphs kept per page: ten dense pages' worth. */
	private static final int MAX_GLYPHS_PER_PAGE = 50_000;

	/** Characters kept in all: enough to judge a language many times over. */
	static final int MAX_CHARS = 30_000;

	/**
	 * Characters after which no further page is read: a few hundred words decide the language, and text extraction is
	 * most of an inspection's time (page 1 of a UN document usually has this much, so its page 2 is not read).
	 */
	static final int ENOUGH_CHARS = 1_000;

	/**
	 * The last page read further into the body when the first pages decide nothing: a cover, a licence and a table of
	 * contents fit before it.
	 */
	static final int FURTHER_PAGES = 12;

	/** Characters of the body after which no further page is read. */
	static final int FURTHER_CHARS = 5_000;

	private final Deadline deadline;

	private final List<PDPage> pages;

	private final int enough;

	private final StringBuilder text = new StringBuilder();

	private int pageOneEnd = -1;

	private int pagesRead;

	private int glyphs;

	private StrippedText(List<PDPage> pages, Deadline deadline, int enough) {
		this.pages = pages;
		this.deadline = deadline;
		this.enough = enough;
	}

	/**
	 * Reads the text of {@code pages}, the document's first ones: page 1, and the next ones while the text is under
	 * {@value #ENOUGH_CHARS} characters.
	 *
	 * @throws IOException
	 *             when page 1's text cannot be extracted; a later page that cannot be ends the reading, and the text
	 *             before it stands
	 */
	static PageTexts read(PDDocument document, List<PDPage> pages, Deadline deadline) throws IOException {
		return read(document, pages, deadline, ENOUGH_CHARS);
	}

	/**
	 * Reads {@code pages}, further into the body, until their text has {@value #FURTHER_CHARS} characters.
	 */
	static String readFurther(PDDocument document, List<PDPage> pages, Deadline deadline) throws IOException {
		return read(document, pages, deadline, FURTHER_CHARS).firstPages();
	}

	private static PageTexts read(PDDocument document, List<PDPage> pages, Deadline deadline, int enough)
			throws IOException {
		StrippedText stripper = new StrippedText(pages, deadline, enough);
		stripper.writeText(document, new Bounded(stripper.text));
		String all = stripper.text.toString();
		int end = (stripper.pageOneEnd < 0) ? all.length() : stripper.pageOneEnd;
		return new PageTexts(all.substring(0, end), all, stripper.pagesRead);
	}

	/**
	 * Only the given pages, as the caller fetched them: the stripper's own loop walks the whole page tree, which costs
	 * a long document dearly.
	 */
	@Override
	protected void processPages(PDPageTree tree) throws IOException {
		for (PDPage page : this.pages) {
			this.deadline.check();
			try {
				if (page.hasContents()) {
					processPage(page);
				}
			} catch (IOException | RuntimeException ex) {
				if (this.pagesRead == 0) {
					throw ex;
				}
				// the page's text is written only once the page is done: none of it is kept
				break;
			}
			this.pagesRead++;
			if (this.pageOneEnd < 0) {
				this.pageOneEnd = this.text.length();
			}
			if (this.text.length() >= this.enough) {
				break;
			}
		}
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		this.glyphs = 0;
		super.startPage(page);
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		this.deadline.tick();
		super.processOperator(operator, operands);
	}

	@Override
	protected void processTextPosition(TextPosition position) {
		if (++this.glyphs <= MAX_GLYPHS_PER_PAGE) {
			super.processTextPosition(position);
		}
	}

	/** Keeps the first {@link #MAX_CHARS} characters and drops the rest. */
	private static final class Bounded extends Writer {

		private final StringBuilder into;

		Bounded(StringBuilder into) {
			this.into = into;
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			int room = MAX_CHARS - this.into.length();
			if (room > 0) {
				this.into.append(chars, offset, Math.min(room, length));
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

}
