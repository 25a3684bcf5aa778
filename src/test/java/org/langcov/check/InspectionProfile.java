package org.langcov.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.langcov.fixtures.ProfileSummary;

/**
 * Says where the inspection's processor time went, from a Java Flight Recorder recording of {@link RealWorldCheck}
 * ({@code bench/realworld.sh --profile}): each sample of a watchdog worker thread running Java code is put in the first
 * part of the inspection its stack shows, fonts first and the file's bytes last. Objects PDFBox parses when they are
 * first used count where they are used (in the fonts, the text), except those parsed while the file is opened. Time
 * spent compiling, collecting garbage or waiting for a core is not sampled.
 * <p>
 * Argument: the recording.
 */
public final class InspectionProfile {

	/** Parts of an inspection, most specific first, and frames that show them. */
	private static final Map<String, List<String>> PARTS = parts();

	/** The watchdog's worker threads, which run the inspections. */
	private static final String WORKER = "langcov-inspect-";

	private InspectionProfile() {
	}

	private static Map<String, List<String>> parts() {
		Map<String, List<String>> parts = new LinkedHashMap<>();
		parts.put("fonts PDFBox loads for the full text", List.of("org.apache.pdfbox.pdmodel.font.PDFontFactory."));
		parts.put("language and symbols",
				List.of("org.langcov.check.LanguageIdentifier.", "org.langcov.check.PageSymbols."));
		parts.put("opening (Loader.loadPDF)", List.of("org.apache.pdfbox.Loader.loadPDF"));
		parts.put("reading further, pages 4 to 12", List.of("org.langcov.check.ContentCheck.readFurther"));
		parts.put("full text (PDFTextStripper), less fonts", List.of("org.langcov.check.StrippedText."));
		parts.put("quick text (content streams)",
				List.of("org.langcov.check.QuickText.", "org.langcov.check.FontDecoders."));
		parts.put("stream budget (decoding checked)", List.of("org.langcov.check.StreamBudget."));
		parts.put("page tree", List.of("org.apache.pdfbox.pdmodel.PDDocument.getPage",
				"org.apache.pdfbox.pdmodel.PDPageTree.", "org.langcov.check.PdfInspector.pagesHeld"));
		parts.put("file read, header and end", List.of("java.nio.file.Files.", "org.langcov.check.FileEnd.",
				"org.langcov.check.FileKind.", "org.langcov.check.PdfInspector.endOfContent"));
		parts.put("closing", List.of("org.apache.pdfbox.pdmodel.PDDocument.close"));
		return parts;
	}

	public static void main(String[] args) throws Exception {
		ProfileSummary.print(Path.of(args[0]), PARTS, (thread) -> thread.startsWith(WORKER), "PROFILE ",
				"part of the inspection", "worker threads running Java code, sampled every 2 ms");
	}

}
