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
 * The text of a document's first pages, as {@link PDFTextStripper} extracts it
 * (in logical order, Arabic presentation forms normalised), read within a
 * {@link Deadline} and with bounded memory: a hostile page may show millions of
 * glyphs, and the stripper keeps every one of them until the page ends.
 */
final class FirstPagesText extends PDFTextStripper {

	/** How many pages the language is judged on. */
	static final int PAGES = 3;

	/** Glyphs kept per page: ten dense pages' worth. */
	private static final int MAX_GLYPHS_PER_PAGE = 50_000;

	/** Characters kept in all: enough to judge a language many times over. */
	private static final int MAX_CHARS = 30_000;

	private final Deadline deadline;

	private final StringBuilder text = new StringBuilder();

	private int pageOneEnd = -1;

	private int glyphs;

	private FirstPagesText(Deadline deadline) {
		this.deadline = deadline;
	}

	/**
	 * Reads the first pages' text; page 1's text is the part before
	 * {@link Texts#pageOne()}.
	 */
	static Texts read(PDDocument document, Deadline deadline) throws IOException {
		FirstPagesText stripper = new FirstPagesText(deadline);
		stripper.writeText(document, new Bounded(stripper.text));
		String all = stripper.text.toString();
		int end = (stripper.pageOneEnd < 0) ? all.length() : stripper.pageOneEnd;
		return new Texts(all.substring(0, end), all);
	}

	/**
	 * Only the first pages, fetched by index: the stripper's own loop walks the
	 * whole page tree, which costs a long document dearly.
	 */
	@Override
	protected void processPages(PDPageTree pages) throws IOException {
		int count = Math.min(PAGES, pages.getCount());
		for (int i = 0; i < count; i++) {
			this.deadline.check();
			PDPage page = pages.get(i);
			if (page.hasContents()) {
				processPage(page);
			}
			if (this.pageOneEnd < 0) {
				this.pageOneEnd = this.text.length();
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
		this.deadline.check();
		super.processOperator(operator, operands);
	}

	@Override
	protected void processTextPosition(TextPosition position) {
		if (++this.glyphs <= MAX_GLYPHS_PER_PAGE) {
			super.processTextPosition(position);
		}
	}

	/**
	 * The text of page 1 and of the first pages together.
	 *
	 * @param pageOne
	 *            page 1's text
	 * @param firstPages
	 *            the first {@value FirstPagesText#PAGES} pages' text, page 1's
	 *            included
	 */
	record Texts(String pageOne, String firstPages) {
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
