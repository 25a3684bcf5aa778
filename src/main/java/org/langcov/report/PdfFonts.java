package org.langcov.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF report's fonts, Noto Sans regular and bold from the classpath,
 * embedded as subsets (only the glyphs used), and the one way text gets onto a
 * page: through {@link #printable}, because a PDF font that lacks a character
 * makes PDFBox throw, and a register can hold any script. Closed after the
 * document is saved: the subsets are cut from the font files then.
 */
final class PdfFonts implements Closeable {

	/**
	 * Shown instead of a character the fonts lack, so that a reader sees something
	 * is there.
	 */
	static final char PLACEHOLDER = '?';

	final PDType0Font regular;

	final PDType0Font bold;

	private final TrueTypeFont regularFile;

	private final TrueTypeFont boldFile;

	private PdfFonts(PDDocument document, TrueTypeFont regularFile, TrueTypeFont boldFile) throws IOException {
		this.regularFile = regularFile;
		this.boldFile = boldFile;
		this.regular = PDType0Font.load(document, regularFile, true);
		this.bold = PDType0Font.load(document, boldFile, true);
	}

	static PdfFonts load(PDDocument document) throws IOException {
		TrueTypeFont regular = parse("NotoSans-Regular.ttf");
		try {
			return new PdfFonts(document, regular, parse("NotoSans-Bold.ttf"));
		} catch (IOException | RuntimeException ex) {
			regular.close();
			throw ex;
		}
	}

	/**
	 * Glyph substitution (ligatures) is turned off: PDFBox rebuilds a regular
	 * expression for it on every line shown, which made a report of 50,000
	 * documents take minutes, and a report's short lines gain nothing from
	 * ligatures.
	 */
	private static TrueTypeFont parse(String name) throws IOException {
		try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
			if (in == null) {
				throw new IOException("The font " + name + " is missing from the application");
			}
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
			font.setEnableGsub(false);
			return font;
		}
	}

	/**
	 * One line of text as the font can show it: white space and line breaks become
	 * spaces, control and invisible format characters are dropped, and a character
	 * the font has no glyph for becomes the placeholder (one per character,
	 * surrogate pairs included).
	 */
	static String printable(PDType0Font font, String text) {
		if (text == null) {
			return "";
		}
		CmapLookup cmap = font.getCmapLookup();
		StringBuilder line = new StringBuilder(text.length());
		text.codePoints().forEach((codePoint) -> {
			int type = Character.getType(codePoint);
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				boolean keep = supported(cmap, codePoint) && !Character.isISOControl(codePoint);
				line.append(keep ? Character.toString(codePoint) : " ");
			} else if (type == Character.CONTROL || type == Character.FORMAT) {
				// Invisible: a NUL or a bell in a title, a byte-order mark, a bidi mark, or a
				// joiner that matters only to shaping, which PDFBox does not do.
			} else if (supported(cmap, codePoint)) {
				line.appendCodePoint(codePoint);
			} else {
				line.append(PLACEHOLDER);
			}
		});
		return line.toString();
	}

	private static boolean supported(CmapLookup cmap, int codePoint) {
		return cmap != null && cmap.getGlyphId(codePoint) > 0;
	}

	/** Width in points of text already made printable. */
	static float width(PDType0Font font, float size, String printable) throws IOException {
		return font.getStringWidth(printable) / 1000f * size;
	}

	@Override
	public void close() throws IOException {
		try {
			this.regularFile.close();
		} finally {
			this.boldFile.close();
		}
	}

}
