package org.langcov.check;

import org.langcov.vocabulary.Status;

import org.langcov.vocabulary.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.langcov.fixtures.UnDocumentPdf;

/**
 * The quick page text: what it reads, and the pages it leaves to the full text extraction, whose verdict is then the
 * same as ever.
 */
class QuickTextTests {

	private static final String SYMBOL = "E/CN.7/2014/3";

	private static final String PARAGRAPH = "The Commission on Narcotic Drugs recalls that the world drug problem"
			+ " remains a common and shared responsibility that must be addressed in a multilateral setting.";

	private final PdfInspector inspector = new PdfInspector();

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(Language.class)
	void aDocumentInEveryLanguageIsSettledOnTheQuickText(Language language) throws IOException {
		try (PDDocument document = Loader.loadPDF(UnDocumentPdf.of(language, SYMBOL).toBytes())) {
			PageTexts texts = quickText(document);

			assertThat(texts).isNotNull();
			assertThat(PageSymbols.find(texts.pageOne())).contains(SYMBOL);
			assertThat(LanguageIdentifier.identify(texts.firstPages())).isEqualTo(language);
			assertThat(LanguageIdentifier.identify(fullText(document).firstPages())).isEqualTo(language);
		}
	}

	@Test
	void wordsAreSeparatedWhereTheTextMovesOrLeavesAWideGap() throws IOException {
		byte[] pdf = pdf((document, content, font) -> {
			content.beginText();
			content.setFont(font, 11);
			content.newLineAtOffset(72, 720);
			content.showText("Distr.:");
			content.newLineAtOffset(40, 0);
			content.showText("General");
			content.newLineAtOffset(-40, -14);
			content.showTextWithPositioning(new Object[]{"E/CN.7", -20f, "/2014/3", -400f, "Original"});
			content.endText();
		});
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(quickText(document).pageOne()).isEqualTo("Distr.: General\nE/CN.7/2014/3 Original\n");
		}
	}

	@Test
	void thePagesAfterPageOneAreReadOnlyWhenPageOneHasWhatTheCallerLooksFor() throws IOException {
		// given two short pages, the symbol on the second
		byte[] pdf = pages(PARAGRAPH, SYMBOL);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> asked = new ArrayList<>();
			StreamBudget budget = new StreamBudget(Deadline.none());

			// when page 1 is not what the caller looks for, then when it is
			PageTexts refused = QuickText.read(firstPages(document), Deadline.none(), budget, (pageOne) -> {
				asked.add(pageOne);
				return pageOne.contains(SYMBOL);
			});
			PageTexts accepted = QuickText.read(firstPages(document), Deadline.none(), budget,
					(pageOne) -> pageOne.contains("Commission"));

			// then the reading stops at page 1 the first time, and reads both pages the second
			assertThat(asked).containsExactly(PARAGRAPH + "\n");
			assertThat(refused).isNull();
			assertThat(accepted.pagesRead()).isEqualTo(2);
			assertThat(accepted.firstPages()).isEqualTo(PARAGRAPH + "\n" + SYMBOL + "\n");
		}
	}

	@Test
	void aSlotWhoseSymbolIsNotOnPageOneIsJudgedOnTheFullTextOfItsFirstPages() throws IOException {
		// given a short page 1 with another document's symbol, the slot's own on page 2
		byte[] pdf = pages("E/CN.7/2014/4 " + PARAGRAPH, SYMBOL + " " + PARAGRAPH);

		// when it is inspected for the slot
		Inspection inspection = this.inspector.inspect(write(pdf), expected());

		// then page 1 decides, as PDFTextStripper reads it
		assertThat(inspection.status()).isEqualTo(Status.WRONG_DOCUMENT);
		assertThat(inspection.detail()).isEqualTo("page 1 shows E/CN.7/2014/4");
	}

	@Test
	void aSlotWhoseSymbolIsOnlyOnPageTwoIsAvailableInTheLanguageOfItsFirstPages() throws IOException {
		// given a short page 1 without a symbol, the slot's own on page 2
		byte[] pdf = pages(PARAGRAPH, SYMBOL + " " + PARAGRAPH);

		// when it is inspected for the slot
		Inspection inspection = this.inspector.inspect(write(pdf), expected());

		// then it is judged on both pages' full text: no symbol on page 1, English
		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detectedLanguage()).isEqualTo(Language.ENGLISH);
		assertThat(inspection.detail()).isEmpty();
	}

	@Test
	void aPageShowingEndlessTextIsReadOnlyAsFarAsItIsKept() throws IOException {
		Object[] strings = new Object[200_000];
		java.util.Arrays.fill(strings, "word ");
		byte[] pdf = pdf((document, content, font) -> {
			content.beginText();
			content.setFont(font, 11);
			content.showTextWithPositioning(strings);
			content.endText();
		});
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(quickText(document).firstPages()).hasSizeLessThanOrEqualTo(StrippedText.MAX_CHARS + 1);
		}
	}

	@Test
	void textInAFormIsLeftToTheFullExtraction() throws IOException {
		byte[] pdf = pdf((document, content, font) -> {
			PDFormXObject form = new PDFormXObject(document);
			form.setBBox(PDRectangle.LETTER);
			form.setResources(new PDResources());
			try (PDFormContentStream inForm = new PDFormContentStream(form)) {
				inForm.beginText();
				inForm.setFont(font, 11);
				inForm.newLineAtOffset(72, 720);
				inForm.showText(SYMBOL);
				inForm.newLineAtOffset(0, -14);
				inForm.showText(PARAGRAPH);
				inForm.endText();
			}
			content.drawForm(form);
		});
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(quickText(document)).isNull();
		}
		Inspection inspection = this.inspector.inspect(write(pdf), expected());
		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detectedLanguage()).isEqualTo(Language.ENGLISH);
	}

	@Test
	void aCompositeFontWithoutAToUnicodeMapIsLeftToTheFullExtraction() throws IOException {
		byte[] stripped = withoutFontEntry(UnDocumentPdf.of(Language.RUSSIAN, SYMBOL).toBytes(), COSName.TO_UNICODE);

		Inspection inspection = this.inspector.inspect(write(stripped),
				new Expected(List.of(SYMBOL), Language.RUSSIAN));

		// the subset font has no map of its own either: nothing can read its glyphs
		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detail()).isEqualTo("no text");
	}

	@Test
	void aSimpleFontWithoutEncodingIsLeftToTheFullExtractionWhichReadsIt() throws IOException {
		byte[] pdf = pdf((document, content, font) -> {
			content.beginText();
			content.setFont(font, 11);
			content.newLineAtOffset(72, 720);
			content.showText(SYMBOL);
			content.newLineAtOffset(0, -14);
			content.showText(PARAGRAPH);
			content.endText();
		});
		byte[] withoutEncoding = withoutFontEntry(pdf, COSName.ENCODING);

		Inspection inspection = this.inspector.inspect(write(withoutEncoding), expected());

		// a standard font's own encoding, which PDFBox knows
		assertThat(inspection.status()).isEqualTo(Status.AVAILABLE);
		assertThat(inspection.detectedLanguage()).isEqualTo(Language.ENGLISH);
	}

	@Test
	void aPageShowingAnotherSymbolIsJudgedOnTheFullText() throws IOException {
		byte[] pdf = UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/4").toBytes();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(PageSymbols.find(quickText(document).pageOne())).containsExactly("E/CN.7/2014/4");
		}

		Inspection inspection = this.inspector.inspect(write(pdf), expected());

		assertThat(inspection.status()).isEqualTo(Status.WRONG_DOCUMENT);
		assertThat(inspection.detail()).isEqualTo("page 1 shows E/CN.7/2014/4");
	}

	/**
	 * The PDF with {@code key} taken out of page 1's fonts, after checking that the quick text cannot read it then.
	 */
	private static byte[] withoutFontEntry(byte[] pdf, COSName key) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			for (COSName name : resources.getFontNames()) {
				resources.getFont(name).getCOSObject().removeItem(key);
			}
			assertThat(quickText(document)).isNull();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static PageTexts quickText(PDDocument document) throws IOException {
		return QuickText.read(firstPages(document), Deadline.none(), new StreamBudget(Deadline.none()));
	}

	private static PageTexts fullText(PDDocument document) throws IOException {
		return StrippedText.read(document, firstPages(document), Deadline.none());
	}

	private static List<PDPage> firstPages(PDDocument document) {
		List<PDPage> pages = new ArrayList<>();
		for (int i = 0; i < Math.min(StrippedText.PAGES, document.getNumberOfPages()); i++) {
			pages.add(document.getPage(i));
		}
		return pages;
	}

	private static Expected expected() {
		return new Expected(List.of(SYMBOL), Language.ENGLISH);
	}

	private Path write(byte[] pdf) throws IOException {
		return Files.write(this.folder.resolve("file.pdf"), pdf);
	}

	/** A one-page PDF in Helvetica, drawn by {@code drawing}. */
	private static byte[] pdf(Drawing drawing) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				drawing.draw(document, content, font);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** A PDF of one line of Helvetica a page. */
	private static byte[] pages(String... lines) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (String line : lines) {
				PDPage page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 11);
					content.newLineAtOffset(72, 720);
					content.showText(line);
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	@FunctionalInterface
	private interface Drawing {

		void draw(PDDocument document, PDPageContentStream content, PDFont font) throws IOException;

	}

}
