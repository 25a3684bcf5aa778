package org.langcov.report.html;

/**
 * The page's two escaping functions, one for text between tags and one for attribute values, through which every text
 * from a register, a job file or a check goes: a title such as {@code <script>} is text.
 * <p>
 * Characters HTML does not allow in a document (control characters but tab, line feed and carriage return,
 * noncharacters such as U+FFFE, unpaired surrogates) become U+FFFD, so that the page is well formed whatever a
 * spreadsheet cell held.
 */
final class Html {

	private static final char REPLACEMENT = '\uFFFD';

	private Html() {
	}

	/** Text between tags: {@code &}, {@code <} and {@code >} escaped; {@code null} is empty. */
	static String text(String value) {
		return escape(value, false);
	}

	/**
	 * An attribute value, to be written between double quotes: {@code &}, {@code <}, {@code >}, {@code "} and {@code '}
	 * escaped; {@code null} is empty.
	 */
	static String attribute(String value) {
		return escape(value, true);
	}

	private static String escape(String value, boolean attribute) {
		if (value == null) {
			return "";
		}
		StringBuilder html = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append(attribute ? "&quot;" : "\"");
				case '\'' -> html.append(attribute ? "&#39;" : "'");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < value.length()
							&& Character.isLowSurrogate(value.charAt(i + 1))) {
						int codePoint = value.codePointAt(i);
						html.append(allowed(codePoint) ? value.substring(i, i + 2) : String.valueOf(REPLACEMENT));
						i++;
					} else {
						html.append(allowed(c) && !Character.isSurrogate(c) ? c : REPLACEMENT);
					}
				}
			}
		}
		return html.toString();
	}

	/** Whether HTML allows the character in a document's text. */
	private static boolean allowed(int c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return true;
		}
		if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
			return false;
		}
		// noncharacters: U+FDD0 to U+FDEF, and the last two code points of every plane
		return !(c >= 0xFDD0 && c <= 0xFDEF) && (c & 0xFFFE) != 0xFFFE;
	}

}
