package org.langcov.report.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One font file of the application, read from the classpath when a character first asks for it and embedded in the
 * document when first drawn, as a subset unless it must be whole: a report in Latin script never reads the 3.5 MB
 * Chinese font, and a PDF carries only the glyphs it shows. Closed after the document is saved, since the subsets are
 * cut from the font files then.
 */
final class EmbeddedFont implements Closeable {

	private final PDDocument document;

	private final String name;

	private final boolean whole;

	private TrueTypeFont file;

	private CmapLookup cmap;

	private float scale;

	private PDType0Font font;

	EmbeddedFont(PDDocument document, String name) {
		this(document, name, false);
	}

	/**
	 * @param whole
	 *            embedded whole, not as a subset, so that its character map is the one {@link ToUnicodeMap} writes: for
	 *            a font whose glyphs are presentation forms
	 */
	EmbeddedFont(PDDocument document, String name, boolean whole) {
		this.document = document;
		this.name = name;
		this.whole = whole;
	}

	/** Reads the file now: for the fonts every report uses. */
	EmbeddedFont loaded() throws IOException {
		read();
		return this;
	}

	/** Whether the font has a glyph for the character. */
	boolean has(int codePoint) {
		return glyph(codePoint) > 0;
	}

	/** The character's advance in thousandths of the font size; 0 when absent. */
	float advance(int codePoint) {
		int glyph = glyph(codePoint);
		try {
			return (glyph > 0) ? this.file.getAdvanceWidth(glyph) * this.scale : 0;
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int glyph(int codePoint) {
		try {
			read();
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return (this.cmap != null) ? this.cmap.getGlyphId(codePoint) : 0;
	}

	/** The font as the document embeds it. */
	PDType0Font font() throws IOException {
		if (this.font == null) {
			read();
			this.font = PDType0Font.load(this.document, this.file, !this.whole);
			if (this.whole) {
				ToUnicodeMap.write(this.document, this.font, this.file, this.cmap);
			}
		}
		return this.font;
	}

	/**
	 * Glyph substitution is turned off: PDFBox rebuilds a regular expression for it on every line shown, which made a
	 * report of 50,000 documents take minutes; Arabic is shaped before it gets here, and a report's short lines gain
	 * nothing from ligatures.
	 */
	private void read() throws IOException {
		if (this.file != null) {
			return;
		}
		try (InputStream in = EmbeddedFont.class.getResourceAsStream("/fonts/" + this.name)) {
			if (in == null) {
				throw new IOException("The font " + this.name + " is missing from the application");
			}
			TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(in));
			parsed.setEnableGsub(false);
			this.cmap = parsed.getUnicodeCmapLookup(false);
			this.scale = 1000f / parsed.getUnitsPerEm();
			this.file = parsed;
		}
	}

	@Override
	public void close() throws IOException {
		if (this.file != null) {
			this.file.close();
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
