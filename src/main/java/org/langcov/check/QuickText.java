package org.langcov.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The text of a document's first pages read straight from their content streams: the strings the text operators show,
 * decoded through each font's {@code ToUnicode} map or its named encoding, in the order the stream shows them, with a
 * line break where the text moves to another line and a space where it moves along one or leaves a wide gap.
 * <p>
 * The streams' tokens are read by {@link ContentTokens}, which leaves to PDFBox's {@code PDFStreamParser} only what
 * that parser reads by repair or guess (the page is then read again by it). No glyph is placed, measured or sorted and
 * no font program is read, which makes this several times faster than {@link StrippedText}, the {@code PDFTextStripper}
 * that places every glyph. It is the fast path of a {@link ContentCheck}: when a page uses a font it cannot decode this
 * way (a Type 3 font, a composite font without {@code ToUnicode}, a code its map lacks: see {@link FontDecoders}) or
 * draws a form, it gives up and returns {@code null}, and a verdict it cannot settle is taken again on
 * {@link StrippedText}'s text.
 */
final class QuickText {

	/** A {@code TJ} gap, in thousandths of the font size, read as a space. */
	private static final float WORD_GAP = -150;

	/** Operands kept before an operator: a content stream has a handful. */
	private static final int MAX_OPERANDS = 1_000;

	private final Deadline deadline;

	private final StreamBudget budget;

	private final StringBuilder text = new StringBuilder();

	/** Font decoders of the document; shared by its pages. */
	private final FontDecoders decoders;

	private QuickText(Deadline deadline, StreamBudget budget) {
		this.deadline = deadline;
		this.budget = budget;
		this.decoders = new FontDecoders(budget);
	}

	/**
	 * Reads {@code pages}, the document's first ones, as {@link StrippedText} does: page 1, and the next ones only
	 * while the text is short.
	 *
	 * @return the texts, or {@code null} when a page cannot be read this way
	 */
	static PageTexts read(List<PDPage> pages, Deadline deadline, StreamBudget budget) throws IOException {
		return read(pages, deadline, budget, (pageOne) -> true);
	}

	/**
	 * As {@link #read(List, Deadline, StreamBudget)}, but gives up after page 1, returning {@code null}, when its text
	 * does not pass {@code goOn}: what the caller needs of the text is not there, and the next pages are not read.
	 */
	static PageTexts read(List<PDPage> pages, Deadline deadline, StreamBudget budget, Predicate<String> goOn)
			throws IOException {
		QuickText reader = new QuickText(deadline, budget);
		int pageOneEnd = -1;
		int read = 0;
		for (PDPage page : pages) {
			if (!reader.append(page)) {
				return null;
			}
			read++;
			if (pageOneEnd < 0) {
				pageOneEnd = reader.text.length();
				if (!goOn.test(reader.text.toString())) {
					return null;
				}
			}
			if (reader.text.length() >= StrippedText.ENOUGH_CHARS) {
				break;
			}
		}
		String all = reader.text.toString();
		return new PageTexts(all.substring(0, Math.max(pageOneEnd, 0)), all, read);
	}

	/** Appends the page's text; {@code false} when it cannot be read this way. */
	private boolean append(PDPage page) throws IOException {
		byte[] content = content(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
		if (content == null) {
			return false;
		}
		COSDictionary resources = page.getResources() != null ? page.getResources().getCOSObject() : null;
		COSDictionary fonts = (resources != null) ? resources.getCOSDictionary(COSName.FONT) : null;
		COSDictionary objects = (resources != null) ? resources.getCOSDictionary(COSName.XOBJECT) : null;
		int start = this.text.length();
		try {
			return append(new ContentTokens(content)::next, fonts, objects);
		} catch (ContentTokens.Unsupported ex) {
			// what the quick reader leaves to PDFBox's parser: the page read again by it
			this.text.setLength(start);
			PDFStreamParser parser = new PDFStreamParser(content);
			try {
				return append(() -> {
					Object token = parser.parseNextToken();
					return (token instanceof Operator operator) ? operator.getName() : token;
				}, fonts, objects);
			} catch (ContentTokens.Unsupported never) {
				throw new IllegalStateException(never);
			}
		}
	}

	/** Appends the text the tokens show, as {@link #append(PDPage)}. */
	private boolean append(Tokens tokens, COSDictionary fonts, COSDictionary objects)
			throws IOException, ContentTokens.Unsupported {
		Map<COSName, FontDecoders.Decoder> byName = new HashMap<>();
		FontDecoders.Decoder font = null;
		List<COSBase> operands = new ArrayList<>();
		for (Object token = tokens.next(); token != null; token = tokens.next()) {
			if (token instanceof COSBase operand) {
				if (operands.size() < MAX_OPERANDS) {
					operands.add(operand);
				}
				continue;
			}
			this.deadline.tick();
			if (this.text.length() >= StrippedText.MAX_CHARS) {
				return true;
			}
			switch ((String) token) {
				case "Tf" -> {
					if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
						return false;
					}
					font = byName.computeIfAbsent(name,
							(key) -> this.decoders.decoder((fonts != null) ? fonts.getCOSDictionary(key) : null));
				}
				case "Tj" -> {
					if (!show(font, last(operands))) {
						return false;
					}
				}
				case "'", "\"" -> {
					separate('\n');
					if (!show(font, last(operands))) {
						return false;
					}
				}
				case "TJ" -> {
					if (!operands.isEmpty() && operands.get(0) instanceof COSArray array && !showArray(font, array)) {
						return false;
					}
				}
				case "Td", "TD" -> separate(alongTheLine(operands) ? ' ' : '\n');
				case "T*", "Tm", "ET" -> separate('\n');
				case "Do" -> {
					// a form may hold text, which only the full extraction reads
					if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)
							|| (objects != null && isForm(objects.getDictionaryObject(name)))) {
						return false;
					}
				}
				default -> {
				}
			}
			operands.clear();
		}
		separate('\n');
		return true;
	}

	/** A page's tokens: operands ({@link COSBase}), operators' names, then {@code null}. */
	@FunctionalInterface
	private interface Tokens {

		Object next() throws IOException, ContentTokens.Unsupported;

	}

	/**
	 * The page's content, its streams decoded within the budget and joined as PDFBox joins them; {@code null} when one
	 * cannot be decoded.
	 */
	private byte[] content(COSBase contents) {
		if (contents == null) {
			return new byte[0];
		}
		if (contents instanceof COSStream stream) {
			return this.budget.read(stream);
		}
		if (!(contents instanceof COSArray array)) {
			return null;
		}
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		for (int i = 0; i < array.size(); i++) {
			if (array.getObject(i) instanceof COSStream stream) {
				byte[] data = this.budget.read(stream);
				if (data == null) {
					return null;
				}
				joined.writeBytes(data);
				joined.write('\n');
			}
		}
		return joined.toByteArray();
	}

	private boolean showArray(FontDecoders.Decoder font, COSArray array) throws IOException {
		// one array may show a whole page, or, in a hostile file, millions of strings
		for (int i = 0; i < array.size() && this.text.length() < StrippedText.MAX_CHARS; i++) {
			COSBase element = array.getObject(i);
			if (element instanceof COSString string) {
				if (!show(font, string)) {
					return false;
				}
			} else if (element instanceof COSNumber gap && gap.floatValue() < WORD_GAP) {
				separate(' ');
			}
		}
		return true;
	}

	private boolean show(FontDecoders.Decoder font, COSBase operand) throws IOException {
		if (!(operand instanceof COSString string)) {
			return true;
		}
		return font != null && font.decode(string.getBytes(), this.text);
	}

	/**
	 * Ends a word or a line, once: a line break wins over a space, and nothing starts the text.
	 */
	private void separate(char separator) {
		int length = this.text.length();
		if (length == 0) {
			return;
		}
		char last = this.text.charAt(length - 1);
		if (last == '\n') {
			return;
		}
		if (last == ' ') {
			if (separator == '\n') {
				this.text.setCharAt(length - 1, '\n');
			}
			return;
		}
		this.text.append(separator);
	}

	/** Whether a {@code Td} moves along the line rather than to another one. */
	private static boolean alongTheLine(List<COSBase> operands) {
		return operands.size() == 2 && operands.get(1) instanceof COSNumber dy && dy.floatValue() == 0;
	}

	private static COSBase last(List<COSBase> operands) {
		return operands.isEmpty() ? null : operands.get(operands.size() - 1);
	}

	private static boolean isForm(COSBase object) {
		COSBase resolved = (object instanceof COSObject reference) ? reference.getObject() : object;
		return !(resolved instanceof COSStream stream) || !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
	}

}
