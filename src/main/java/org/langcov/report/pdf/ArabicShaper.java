package org.langcov.report.pdf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Shapes Arabic letters into their contextual presentation forms (isolated, final, initial, medial) and joins lam with
 * alef, in logical order. PDFBox draws one glyph per character and has no Arabic glyph substitution; the embedded
 * Arabic font maps the presentation forms to the joined glyphs, and its character map in the PDF maps those glyphs back
 * to the letters ({@link ToUnicodeMap}), so that copied text is letters.
 * <p>
 * The tables come from the JDK's own Unicode data (the names and compatibility decompositions of the presentation
 * forms), so that no table is copied here and no 14 MB library (ICU4J) ships for this one job; a test checks the result
 * against ICU4J. A letter with an initial or medial form joins on both sides, one with final and isolated forms only
 * joins to the letter before it.
 */
final class ArabicShaper {

	private static final int ISOLATED = 0;

	private static final int FINAL = 1;

	private static final int INITIAL = 2;

	private static final int MEDIAL = 3;

	private static final int LAM = 0x0644;

	private static final int TATWEEL = 0x0640;

	private static final int ZWJ = 0x200D;

	private static final int ZWNJ = 0x200C;

	/** Letter to its forms, indexed ISOLATED to MEDIAL; 0 where it has none. */
	private static final Map<Integer, int[]> FORMS = new HashMap<>();

	/** Alef (with or without hamza or madda) to the lam-alef ligature's forms. */
	private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

	static {
		// The main block first, so that its forms win over the extended block's.
		collect(0xFE70, 0xFEFF);
		collect(0xFB50, 0xFDFF);
	}

	private ArabicShaper() {
	}

	private static void collect(int from, int to) {
		for (int cp = from; cp <= to; cp++) {
			String name = Character.getName(cp);
			int form = (name == null) ? -1 : form(name);
			if (form < 0) {
				continue;
			}
			String letters = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
			int[] codePoints = letters.codePoints().toArray();
			if (codePoints.length == 1 && isArabicLetter(codePoints[0])) {
				int[] forms = FORMS.computeIfAbsent(codePoints[0], (letter) -> new int[4]);
				forms[form] = (forms[form] != 0) ? forms[form] : cp;
			} else if (codePoints.length == 2 && codePoints[0] == LAM && isArabicLetter(codePoints[1])
					&& name.contains("LAM WITH ALEF") && !name.contains("MAKSURA") && form <= FINAL) {
				LAM_ALEF.computeIfAbsent(codePoints[1], (alef) -> new int[2])[form] = cp;
			}
		}
	}

	private static int form(String name) {
		if (name.endsWith(" ISOLATED FORM")) {
			return ISOLATED;
		}
		if (name.endsWith(" FINAL FORM")) {
			return FINAL;
		}
		if (name.endsWith(" INITIAL FORM")) {
			return INITIAL;
		}
		return name.endsWith(" MEDIAL FORM") ? MEDIAL : -1;
	}

	private static boolean isArabicLetter(int cp) {
		return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC && Character.isLetter(cp);
	}

	/** Whether the text has a letter this class would change. */
	static boolean applies(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x0600 && c <= 0x08FF && FORMS.containsKey((int) c)) {
				return true;
			}
		}
		return false;
	}

	/** The text with its Arabic letters in the forms their neighbours call for. */
	static String shape(String text) {
		if (!applies(text)) {
			return text;
		}
		int[] cps = text.codePoints().toArray();
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < cps.length; i++) {
			int cp = cps[i];
			int[] forms = FORMS.get(cp);
			if (forms == null || forms[FINAL] == 0 && !dual(cp)) {
				// A letter that joins nothing, such as hamza, is its own isolated form.
				out.appendCodePoint(cp);
				continue;
			}
			boolean joinsBefore = joinsLeft(cps, previous(cps, i));
			int next = next(cps, i);
			if (cp == LAM && next >= 0 && LAM_ALEF.containsKey(cps[next])) {
				int[] ligature = LAM_ALEF.get(cps[next]);
				out.appendCodePoint(ligature[joinsBefore ? FINAL : ISOLATED]);
				// Marks between the lam and the alef stay, after the ligature.
				for (int k = i + 1; k < next; k++) {
					out.appendCodePoint(cps[k]);
				}
				i = next;
				continue;
			}
			boolean joinsAfter = dual(cp) && next >= 0 && joinsRight(cps[next]);
			int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
			int shaped = forms[form];
			out.appendCodePoint((shaped != 0) ? shaped : (forms[ISOLATED] != 0) ? forms[ISOLATED] : cp);
		}
		return out.toString();
	}

	/** Dual-joining: it has an initial or a medial form. */
	private static boolean dual(int cp) {
		int[] forms = FORMS.get(cp);
		return forms != null && (forms[INITIAL] != 0 || forms[MEDIAL] != 0);
	}

	/** Whether the character at this index joins the letter after it. */
	private static boolean joinsLeft(int[] cps, int index) {
		if (index < 0) {
			return false;
		}
		int cp = cps[index];
		return cp == TATWEEL || cp == ZWJ || dual(cp);
	}

	/** Whether this character joins the letter before it. */
	private static boolean joinsRight(int cp) {
		return cp == TATWEEL || cp == ZWJ || FORMS.containsKey(cp) && FORMS.get(cp)[FINAL] != 0;
	}

	/** The nearest character before the index that is not a mark; -1 if none. */
	private static int previous(int[] cps, int index) {
		for (int k = index - 1; k >= 0; k--) {
			if (!transparent(cps[k])) {
				return k;
			}
		}
		return -1;
	}

	private static int next(int[] cps, int index) {
		for (int k = index + 1; k < cps.length; k++) {
			if (!transparent(cps[k])) {
				return k;
			}
		}
		return -1;
	}

	/**
	 * Vowel marks and invisible format characters sit between letters without breaking their join; the zero-width
	 * joiners decide it themselves.
	 */
	private static boolean transparent(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| (type == Character.FORMAT && cp != ZWJ && cp != ZWNJ);
	}

}
