package org.langcov.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The character map ({@code /ToUnicode}) of a font embedded whole, which tells a PDF viewer what text each glyph is
 * when it is copied or searched. PDFBox maps a glyph to the first character the font's own map gives it, and for the
 * joined Arabic glyphs that {@link ArabicShaper} draws that is a presentation form (U+FB50 to U+FDFF, U+FE70 to
 * U+FEFF), which a viewer copies as it is: a search for an Arabic word then finds nothing. Here such a glyph maps to
 * the letters it stands for, a lam-alef ligature to lam and alef (their compatibility decomposition), and every other
 * glyph as PDFBox maps it.
 * <p>
 * A subset's map is only written when the document is saved, over any map given before; so a font that needs this one
 * is embedded whole (Noto Naskh Arabic is 67 KB).
 */
final class ToUnicodeMap {

	/** A CMap operator takes at most 100 entries. */
	private static final int BATCH = 100;

	private ToUnicodeMap() {
	}

	/** Replaces the font's map with one that maps presentation forms to their letters. */
	static void write(PDDocument document, PDType0Font font, TrueTypeFont file, CmapLookup cmap) throws IOException {
		Map<Integer, String> map = new TreeMap<>();
		for (int glyph = 1, count = file.getNumberOfGlyphs(); glyph < count; glyph++) {
			String text = text(cmap.getCharCodes(glyph));
			if (text != null) {
				map.put(glyph, text);
			}
		}
		byte[] cmapFile = cmap(map).getBytes(StandardCharsets.US_ASCII);
		PDStream stream = new PDStream(document, new ByteArrayInputStream(cmapFile), COSName.FLATE_DECODE);
		font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
	}

	/**
	 * The text of a glyph with these characters: the first that is not a presentation form, else the letters of the
	 * first; null for a glyph no character has (a part of another glyph).
	 */
	static String text(List<Integer> codePoints) {
		if (codePoints == null || codePoints.isEmpty()) {
			return null;
		}
		for (int cp : codePoints) {
			if (!presentationForm(cp)) {
				return Character.toString(cp);
			}
		}
		String form = Character.toString(codePoints.get(0));
		// Some decompositions start with a space (the isolated vowel marks, U+FC5E and on).
		String letters = Normalizer.normalize(form, Normalizer.Form.NFKC).strip();
		return letters.isEmpty() ? form : letters;
	}

	static boolean presentationForm(int cp) {
		return cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF;
	}

	private static String cmap(Map<Integer, String> map) {
		StringBuilder out = new StringBuilder(64 * map.size() + 512);
		out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
				.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
				.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
				.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		List<Map.Entry<Integer, String>> entries = List.copyOf(map.entrySet());
		for (int start = 0; start < entries.size(); start += BATCH) {
			List<Map.Entry<Integer, String>> batch = entries.subList(start, Math.min(start + BATCH, entries.size()));
			out.append(batch.size()).append(" beginbfchar\n");
			for (Map.Entry<Integer, String> entry : batch) {
				out.append('<').append(String.format(Locale.ROOT, "%04X", entry.getKey())).append("> <");
				for (char c : entry.getValue().toCharArray()) {
					out.append(String.format(Locale.ROOT, "%04X", (int) c));
				}
				out.append(">\n");
			}
			out.append("endbfchar\n");
		}
		return out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
	}

}
