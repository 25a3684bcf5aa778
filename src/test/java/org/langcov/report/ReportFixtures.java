package org.langcov.report;

import org.langcov.store.Placeholders;
import org.langcov.job.JobFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
import org.langcov.register.RegisterNote;
import org.langcov.register.Rejection;

/**
 * A small session in the seed's shape, with every status, a scan, joint symbols, titles that reports get wrong (a
 * formula, a very long one, Russian and Chinese) and a note on a register row.
 */
public final class ReportFixtures {

	public static final Instant STARTED = Instant.parse("2014-03-10T01:30:00Z");

	public static final String FORMULA_TITLE = "=HYPERLINK(\"http://example.org\",\"click\")";

	public static final String RUSSIAN_TITLE = "Доклад Международного комитета по контролю над наркотиками";

	public static final String CHINESE_TITLE = "麻醉药品委员会 resolution 57/1";

	public static final String LONG_TITLE = "Implementation of the Political Declaration and Plan of Action on International "
			+ "Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem: ".repeat(6)
			+ "the end";

	private ReportFixtures() {
	}

	public static RunInfo run(boolean firstRun) {
		return new RunInfo("CND57", "Commission on Narcotic Drugs, fifty-seventh session (Vienna, 13-21 March 2014)",
				STARTED, "../input/registers/cnd57.xlsx", "../input/documents/cnd57", firstRun);
	}

	public static ReportData sample() {
		return sample(false, 0);
	}

	/**
	 * The sample, and as many more draft resolutions as asked for (to fill pages).
	 */
	public static ReportData sample(boolean firstRun, int moreDocuments) {
		List<DocumentLine> documents = new ArrayList<>();
		documents.add(document(List.of("E/CN.7/2014/1"), "Annotated provisional agenda", "2", Status.AVAILABLE,
				Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE));
		documents.add(document(List.of("E/CN.7/2014/2", "E/CN.15/2014/2"),
				"Report of the Executive Director on the activities of the United Nations Office on Drugs and Crime",
				"4", Status.MISSING, Status.EMPTY, Status.AVAILABLE, Status.NOT_PDF, Status.DAMAGED, Status.ENCRYPTED));
		documents.add(document(List.of("E/CN.7/2014/3"), FORMULA_TITLE, "5", Status.WRONG_DOCUMENT,
				Status.WRONG_LANGUAGE, Status.TIMEOUT, Status.UNREADABLE, Status.AVAILABLE, Status.MISSING));
		documents.add(document(List.of("E/CN.7/2014/CRP.1"), LONG_TITLE, "9", Status.NOT_EXPECTED, Status.NOT_EXPECTED,
				Status.AVAILABLE, Status.AVAILABLE, Status.NOT_EXPECTED, Status.NOT_EXPECTED));
		documents.add(document(List.of("E/CN.7/2014/4"), RUSSIAN_TITLE, "5", Status.AVAILABLE, Status.AVAILABLE,
				Status.AVAILABLE, Status.AVAILABLE, Status.MISSING, Status.AVAILABLE));
		documents.add(scanned(document(List.of("E/CN.7/2014/5"), CHINESE_TITLE, "6", Status.AVAILABLE, Status.AVAILABLE,
				Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE), Language.SPANISH));
		for (int i = 1; i <= moreDocuments; i++) {
			Status english = (i % 7 == 0) ? Status.MISSING : Status.AVAILABLE;
			documents.add(document(List.of("E/CN.7/2014/L." + i),
					"Draft resolution " + i + ": strengthening international cooperation on drug control", "9",
					Status.AVAILABLE, Status.AVAILABLE, english, Status.AVAILABLE, Status.AVAILABLE, Status.AVAILABLE));
		}
		List<Change> changes = List.of(new Change("E/CN.7/2014/2", Language.ARABIC, Status.AVAILABLE, Status.MISSING),
				new Change("E/CN.7/2014/4", Language.RUSSIAN, null, Status.MISSING));
		List<Rejection> rejections = List.of(new Rejection(14, "", "no symbol"),
				new Rejection(15, "=1+1", "not a UN document symbol"),
				new Rejection(16, "E/CN.7/2014/1", "repeats the symbol of row 8"));
		List<RegisterNote> notes = List.of(new RegisterNote(12, "E/CN.7/2014/5*", "footnote mark \"*\" dropped"));
		return ReportData.of(run(firstRun), documents, changes, rejections, notes);
	}

	/**
	 * The document with its version in this language a scan: available, unverified.
	 */
	public static DocumentLine scanned(DocumentLine document, Language language) {
		Map<Language, SlotLine> slots = new EnumMap<>(document.slots());
		SlotLine slot = slots.get(language);
		slots.put(language,
				new SlotLine(slot.symbol(), language, slot.expected(), Status.AVAILABLE, "no text", slot.location(),
						slot.bytes(), slot.pages(), slot.pdfVersion(), null, slot.lastModified(),
						slot.availableSince()));
		return new DocumentLine(document.symbols(), document.title(), document.agendaItem(), slots);
	}

	/**
	 * A document with one status per language, A to S. The CRP's French file is there although only English is
	 * expected.
	 */
	public static DocumentLine document(List<String> symbols, String title, String agendaItem, Status... statuses) {
		Map<Language, SlotLine> slots = new EnumMap<>(Language.class);
		boolean englishOnly = symbols.get(0).contains("/CRP.");
		for (Language language : Language.values()) {
			Status status = statuses[language.ordinal()];
			boolean expected = (status != Status.NOT_EXPECTED) && !(englishOnly && language != Language.ENGLISH);
			slots.put(language, slot(symbols.get(0), language, status, expected));
		}
		return new DocumentLine(symbols, title, agendaItem, slots);
	}

	public static SlotLine slot(String symbol, Language language, Status status, boolean expected) {
		String location = Placeholders.expand(JobFile.DEFAULT_PATTERN, symbol, language);
		return switch (status) {
			case AVAILABLE -> new SlotLine(symbol, language, expected, status, expected ? "" : "not expected", location,
					123_456L, 12, "1.7", language, Instant.parse("2014-02-01T09:15:30Z"), LocalDate.of(2014, 2, 3));
			case WRONG_LANGUAGE -> new SlotLine(symbol, language, expected, status, "the text is in French", location,
					2_048L, 3, "1.4", Language.FRENCH, Instant.parse("2014-02-01T09:15:30Z"), null);
			case NOT_EXPECTED ->
				new SlotLine(symbol, language, false, status, "", location, null, null, null, null, null, null);
			default -> new SlotLine(symbol, language, expected, status, status.name().toLowerCase(), location, null,
					null, null, null, null, null);
		};
	}

}
