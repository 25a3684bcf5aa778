package org.langcov.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

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
		Map<String, Integer> samples = new LinkedHashMap<>();
		PARTS.keySet().forEach((part) -> samples.put(part, 0));
		samples.put("other", 0);
		int total = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			RecordedThread thread = event.getThread("sampledThread");
			if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith(WORKER)) {
				continue;
			}
			total++;
			samples.merge(part(event.getStackTrace().getFrames()), 1, Integer::sum);
		}
		System.out.printf("PROFILE %-41s %7s %6s%n", "part of the inspection", "samples", "share");
		for (Map.Entry<String, Integer> part : samples.entrySet()) {
			System.out.printf("PROFILE %-41s %7d %5.1f %%%n", part.getKey(), part.getValue(),
					(total > 0) ? 100.0 * part.getValue() / total : 0);
		}
		System.out.printf("PROFILE %-41s %7d (worker threads running Java code, sampled every 2 ms)%n", "all", total);
	}

	private static String part(List<RecordedFrame> frames) {
		for (Map.Entry<String, List<String>> part : PARTS.entrySet()) {
			for (RecordedFrame frame : frames) {
				String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
				for (String prefix : part.getValue()) {
					if (method.startsWith(prefix)) {
						return part.getKey();
					}
				}
			}
		}
		return "other";
	}

}
