package org.langcov.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings, each handed out as plain text. POI's {@code ReadOnlySharedStringsTable} reads the same
 * part the same way but hands each string out as an {@code XSSFRichTextString}, an XMLBeans object made anew for every
 * cell read, only for its text to be taken: XMLBeans' work per cell, and, while the warm-up builds a workbook on the
 * other core, a wait for the lock of XMLBeans' type system (67 ms of the main thread's 271 ms in the register of the
 * 1,000-document benchmark's rerun, async-profiler {@code event=wall}).
 * <p>
 * The text is what POI gives: the runs' {@code t} elements of each {@code si} joined, phonetic runs ({@code rPh}) left
 * out, and each {@code _xHHHH_} (how Excel writes a character XML cannot hold, a carriage return as {@code _x000D_})
 * made the character it names ({@code XlsxSharedStringsTests} compares the two).
 */
final class XlsxSharedStrings extends DefaultHandler implements SharedStrings {

	private static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private final List<String> strings = new ArrayList<>();

	private final StringBuilder text = new StringBuilder(64);

	private boolean inText;

	private boolean inPhonetic;

	private int count;

	private int uniqueCount;

	private XlsxSharedStrings() {
	}

	/** The shared strings of a workbook; none when it has no such part. */
	static XlsxSharedStrings of(OPCPackage pkg) throws IOException, SAXException {
		XlsxSharedStrings strings = new XlsxSharedStrings();
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (!parts.isEmpty()) {
			try (InputStream in = parts.get(0).getInputStream()) {
				strings.readFrom(in);
			}
		}
		return strings;
	}

	/** The shared strings of a part's content ({@code sharedStrings.xml}); an empty one has none. */
	static XlsxSharedStrings read(InputStream in) throws IOException, SAXException {
		XlsxSharedStrings strings = new XlsxSharedStrings();
		strings.readFrom(in);
		return strings;
	}

	private void readFrom(InputStream in) throws IOException, SAXException {
		PushbackInputStream content = new PushbackInputStream(in, 1);
		int first = content.read();
		if (first == -1) {
			return;
		}
		content.unread(first);
		try {
			XMLReader reader = XMLHelper.newXMLReader();
			reader.setContentHandler(this);
			reader.parse(new InputSource(content));
		} catch (ParserConfigurationException ex) {
			throw new SAXException("no XML parser: " + ex.getMessage(), ex);
		}
	}

	@Override
	public RichTextString getItemAt(int index) {
		if (index < 0 || index >= this.strings.size()) {
			throw new IllegalStateException(
					"shared string " + index + " asked for, the workbook has " + this.strings.size());
		}
		return new PlainText(this.strings.get(index));
	}

	@Override
	public int getCount() {
		return this.count;
	}

	@Override
	public int getUniqueCount() {
		return this.uniqueCount;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if (uri != null && !uri.equals(SPREADSHEETML)) {
			return;
		}
		switch (localName) {
			case "sst" -> {
				this.count = number(attributes.getValue("count"));
				this.uniqueCount = number(attributes.getValue("uniqueCount"));
			}
			case "si" -> this.text.setLength(0);
			case "t" -> this.inText = true;
			case "rPh" -> this.inPhonetic = true;
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if (uri != null && !uri.equals(SPREADSHEETML)) {
			return;
		}
		switch (localName) {
			case "si" -> this.strings.add(decoded(this.text));
			case "t" -> this.inText = false;
			case "rPh" -> this.inPhonetic = false;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] characters, int start, int length) {
		if (this.inText && !this.inPhonetic) {
			this.text.append(characters, start, length);
		}
	}

	private static int number(String value) {
		return value == null ? 0 : (int) Long.parseLong(value);
	}

	/** The text with each {@code _xHHHH_} made the character it names. */
	static String decoded(CharSequence text) {
		StringBuilder decoded = null;
		int copied = 0;
		for (int at = 0; at + 7 <= text.length(); at++) {
			if (text.charAt(at) == '_' && text.charAt(at + 1) == 'x' && text.charAt(at + 6) == '_'
					&& hex(text, at + 2, at + 6)) {
				if (decoded == null) {
					decoded = new StringBuilder(text.length());
				}
				decoded.append(text, copied, at)
						.append((char) Integer.parseInt(text.subSequence(at + 2, at + 6).toString(), 16));
				copied = at + 7;
				at += 6;
			}
		}
		if (decoded == null) {
			return text.toString();
		}
		return decoded.append(text, copied, text.length()).toString();
	}

	private static boolean hex(CharSequence text, int from, int to) {
		for (int at = from; at < to; at++) {
			char c = text.charAt(at);
			if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
				return false;
			}
		}
		return true;
	}

	/** A shared string's text, read only. */
	private static final class PlainText implements RichTextString {

		private final String text;

		PlainText(String text) {
			this.text = text;
		}

		@Override
		public String getString() {
			return this.text;
		}

		@Override
		public String toString() {
			return this.text;
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public int numFormattingRuns() {
			return 0;
		}

		@Override
		public int getIndexOfFormattingRun(int index) {
			throw new IndexOutOfBoundsException("a shared string read as plain text has no formatting runs");
		}

		@Override
		public void applyFont(int startIndex, int endIndex, short fontIndex) {
			throw readOnly();
		}

		@Override
		public void applyFont(int startIndex, int endIndex, Font font) {
			throw readOnly();
		}

		@Override
		public void applyFont(Font font) {
			throw readOnly();
		}

		@Override
		public void applyFont(short fontIndex) {
			throw readOnly();
		}

		@Override
		public void clearFormatting() {
			throw readOnly();
		}

		private static UnsupportedOperationException readOnly() {
			return new UnsupportedOperationException("a register's shared strings are read only");
		}

	}

}
