package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.vocabulary.Language;

/**
 * {@link ContentTokens} reads a content stream's tokens as PDFBox's {@code PDFStreamParser} does, or says that it
 * leaves the stream to that parser: on the content of real documents, on each construct of the format and on the ways
 * PDFBox's parser repairs a broken one, and on tens of thousands of streams made at random of those pieces, some of
 * their bytes then changed.
 */
class ContentTokensTests {

	/** Marks a stream the quick reader leaves to PDFBox's parser. */
	static final List<String> LEFT_TO_PDFBOX = List.of("(left to PDFBox)");

	@Test
	void theDocumentsOfTheSixLanguagesAreReadQuicklyAndAsPdfboxReadsThem() throws IOException {
		for (Language language : Language.values()) {
			byte[] pdf = UnDocumentPdf.of(language, "E/CN.7/2014/3").footnote("E/CN.7/2014/1").toBytes();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				for (PDPage page : document.getPages()) {
					byte[] content;
					try (var in = page.getContents()) {
						content = in.readAllBytes();
					}
					List<String> quick = quick(content);
					assertThat(quick).as(language.name()).isNotEqualTo(LEFT_TO_PDFBOX).isEqualTo(pdfbox(content))
							.contains("op:Tf").containsAnyOf("op:Tj", "op:TJ");
				}
			}
		}
	}

	@Test
	void eachConstructOfTheFormatIsReadAsPdfboxReadsIt() throws IOException {
		for (String stream : List.of("BT /F1 12 Tf 72 720 Td (Hello, world) Tj ET",
				"(nested (parentheses) kept) Tj (escaped \\( and \\) and \\\\) Tj",
				"(\\n\\r\\t\\b\\f \\061\\7x\\0777 \\q) Tj", "(a line\\\ncontinued and \\\r\n\r\nagain) Tj",
				"<48656C6C6F> Tj <48 65 6c\n6C 6> Tj <> Tj", "[(A) -250 (B) 120.5 <0041> -3] TJ",
				"--5 6 Td 5-3 .5 Td 4. -.25 TD + 3 Td", "1 0 0 1 72 720 Tm T* ' \" d0 d1 q Q 0.5 g",
				"% a comment\n/F2 9 Tf %another\r(x) Tj", "/Name#20with#23escapes /N#zz Do /#41 Do",
				"/Span <</MCID 3 /ActualText (x\\)) /Nested <</A [1 2 (y)]>> >> BDC EMC",
				"true false null nullx trueish f* n", "] ) > { } B* BDC BMC BX EX", "\u0000BT\u0000ET\f",
				"(close\r\n/next) Tj (and \\)\n/again) Tj", "[[1 [2]] (x)] TJ 1e5 Td", "99999999999999999999 0 Td")) {
			byte[] content = stream.getBytes(StandardCharsets.ISO_8859_1);
			assertThat(quick(content)).as(stream).isNotEqualTo(LEFT_TO_PDFBOX).isEqualTo(pdfbox(content));
		}
	}

	@Test
	void whatPdfboxReadsByRepairOrGuessIsLeftToIt() throws IOException {
		for (String stream : List.of("BI /W 1 /H 1 /BPC 8 /CS /G ID \u0000 EI Q", "(a string the stream ends in",
				"<4142", "<41 zz 42> Tj", "[1 2", "<</A 1 0 R>> BDC", "<</A (x) B>> BDC", "/A#4", "\u0001op",
				"\u00e9t\u00e9 Tj", "[1 R] TJ", "ID", "(x\\")) {
			byte[] content = stream.getBytes(StandardCharsets.ISO_8859_1);
			assertThat(quick(content)).as(stream).isEqualTo(LEFT_TO_PDFBOX);
		}
	}

	@Test
	void streamsMadeAtRandomAreReadAsPdfboxReadsThemOrLeftToIt() throws IOException {
		String[] pieces = {"BT", "ET", "/F1 12 Tf", "(Hello) Tj", "(a\\(b\\)c)", "(nested (paren) ok)",
				"(esc \\n\\r\\t\\b\\f\\\\ \\061\\7\\0777 \\q)", "(line\\\ncont)", "(l\\\r\n\r\nc)", "<48656C6C6F>",
				"<48 65 6c\n6C 6>", "[(A) -250 (B) 120.5 (C)] TJ", "[<0012> -3 <0034>]", "1 0 0 1 72 720 Tm",
				"72 -14 Td", "--5", "5-3", ".5", "+", "-", ".", "1.2.3", "4.", "1e5", "T*", "'", "\"", "% c\n",
				"/Name#20x", "/N#2", "/#41", "<</MCID 3 /ActualText (x)>>", "<</A [1 2 (x)] /B <</C /D>> >>",
				"<</R 1 0 R>>", "]", ")", ">", "{", "}", "q", "Q", "d0", "d1", "true", "false", "null", "nullx",
				"BI /W 1 /H 1 ID \u0000 EI", "I", "(unterminated", "<4142", "[1 2", "<<", "(close\n/next)", "(x)\r\n/y",
				"\u0000", "\u0001op", "\u00e9op", "(\\)\n/x)", "[[1] (x)]", "99999999999999999999", "f*", "B*", "BDC",
				"EMC", "%", "#", "R", "0 R"};
		String[] spaces = {" ", "\n", "\r\n", "\t", "\f", "\u0000", "", "  "};
		String changed = "()<>[]/%\\#\n\r 0.-+eERIBn\u0000\u00ff";
		Random random = new Random(19);
		int quick = 0;
		for (int i = 0; i < 30_000; i++) {
			StringBuilder stream = new StringBuilder();
			for (int n = random.nextInt(12); n >= 0; n--) {
				stream.append(pieces[random.nextInt(pieces.length)]).append(spaces[random.nextInt(spaces.length)]);
			}
			byte[] content = stream.toString().getBytes(StandardCharsets.ISO_8859_1);
			for (int n = (random.nextInt(3) == 0) ? random.nextInt(4) : 0; n > 0 && content.length > 0; n--) {
				content[random.nextInt(content.length)] = (byte) changed.charAt(random.nextInt(changed.length()));
			}
			List<String> read = quick(content);
			if (!read.equals(LEFT_TO_PDFBOX)) {
				quick++;
				assertThat(read).as(new String(content, StandardCharsets.ISO_8859_1)).isEqualTo(pdfbox(content));
			}
		}
		// most of them are read quickly: the comparison is not an empty one
		assertThat(quick).isGreaterThan(10_000);
	}

	/** The tokens as the quick reader reads them, or {@link #LEFT_TO_PDFBOX}. */
	static List<String> quick(byte[] content) {
		ContentTokens tokens = new ContentTokens(content);
		List<String> read = new ArrayList<>();
		try {
			for (Object token = tokens.next(); token != null; token = tokens.next()) {
				read.add((token instanceof String operator) ? "op:" + operator : shown((COSBase) token));
			}
		} catch (ContentTokens.Unsupported ex) {
			return LEFT_TO_PDFBOX;
		}
		return read;
	}

	/** The tokens as PDFBox's parser reads them; a failure, as a last token that says so. */
	static List<String> pdfbox(byte[] content) {
		PDFStreamParser parser = new PDFStreamParser(content);
		List<String> read = new ArrayList<>();
		try {
			for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
				read.add((token instanceof Operator operator) ? "op:" + operator.getName() : shown((COSBase) token));
			}
		} catch (IOException | RuntimeException ex) {
			read.add("(PDFBox failed: " + ex + ")");
		}
		return read;
	}

	/** An operand, as comparable text: a dictionary by its kind alone, which is all the quick reader keeps of it. */
	private static String shown(COSBase operand) {
		if (operand instanceof COSString string) {
			return "string:" + HexFormat.of().formatHex(string.getBytes());
		}
		if (operand instanceof COSName name) {
			return "name:" + HexFormat.of().formatHex(name.getName().getBytes(StandardCharsets.UTF_8));
		}
		if (operand instanceof COSInteger integer) {
			return "integer:" + integer.longValue() + (integer.isValid() ? "" : " (out of range)");
		}
		if (operand instanceof COSFloat number) {
			return "float:" + number.floatValue();
		}
		if (operand instanceof COSBoolean bool) {
			return "boolean:" + bool.getValue();
		}
		if (operand instanceof COSNull) {
			return "null";
		}
		if (operand instanceof COSArray array) {
			List<String> elements = new ArrayList<>();
			array.forEach((element) -> elements.add(shown(element)));
			return elements.toString();
		}
		if (operand instanceof COSDictionary && !(operand instanceof COSStream)) {
			return "dictionary";
		}
		return "other:" + operand.getClass().getSimpleName();
	}

}
