package org.langcov.report.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The PDF report's two styles, regular and bold, made of the fonts that ship with the application (see
 * {@code fonts/README.md}): Noto Sans for Latin, Greek and Cyrillic, Noto Naskh Arabic, Noto Sans Hebrew, and WenQuanYi
 * Micro Hei for Chinese, Japanese kana and Korean. Only the fonts a report draws with are read and embedded, as
 * subsets, but for the Arabic ones: those are embedded whole (67 KB each), with a character map that copies their
 * joined glyphs as letters ({@link ToUnicodeMap}). Closed after the document is saved: the subsets are cut from the
 * font files then.
 */
final class PdfFonts implements Closeable {

	final FontFace regular;

	final FontFace bold;

	private final List<EmbeddedFont> files;

	private PdfFonts(List<EmbeddedFont> files, FontFace regular, FontFace bold) {
		this.files = files;
		this.regular = regular;
		this.bold = bold;
	}

	static PdfFonts load(PDDocument document) throws IOException {
		List<EmbeddedFont> files = new ArrayList<>();
		try {
			EmbeddedFont latin = add(files, new EmbeddedFont(document, "NotoSans-Regular.ttf").loaded());
			EmbeddedFont latinBold = add(files, new EmbeddedFont(document, "NotoSans-Bold.ttf").loaded());
			EmbeddedFont arabic = add(files, new EmbeddedFont(document, "NotoNaskhArabic-Regular.ttf", true));
			EmbeddedFont arabicBold = add(files, new EmbeddedFont(document, "NotoNaskhArabic-Bold.ttf", true));
			EmbeddedFont hebrew = add(files, new EmbeddedFont(document, "NotoSansHebrew-Regular.ttf"));
			EmbeddedFont hebrewBold = add(files, new EmbeddedFont(document, "NotoSansHebrew-Bold.ttf"));
			// One weight: bold Chinese is the regular glyphs outlined as well as filled.
			EmbeddedFont cjk = add(files, new EmbeddedFont(document, "WenQuanYiMicroHei-CJK.ttf"));
			return new PdfFonts(files,
					new FontFace(List.of(latin, arabic, hebrew, cjk), List.of(false, false, false, false)),
					new FontFace(List.of(latinBold, arabicBold, hebrewBold, cjk), List.of(false, false, false, true)));
		} catch (IOException | RuntimeException ex) {
			closeAll(files);
			throw ex;
		}
	}

	private static EmbeddedFont add(List<EmbeddedFont> files, EmbeddedFont font) {
		files.add(font);
		return font;
	}

	@Override
	public void close() throws IOException {
		closeAll(this.files);
	}

	private static void closeAll(List<EmbeddedFont> files) throws IOException {
		IOException failure = null;
		for (EmbeddedFont file : files) {
			try {
				file.close();
			} catch (IOException ex) {
				failure = (failure == null) ? ex : failure;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

}
