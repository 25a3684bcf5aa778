package org.langcov.report;

import org.langcov.store.Placeholders;
import org.langcov.job.JobFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
import org.langcov.register.Rejection;

/**
 * A register of any size made up on the fly, as the database would stream it: nothing is held, so a test of a large
 * report measures the report and not its fixture.
 */
public record GeneratedSource(int size) implements ReportSource {

	@Override
	public RunInfo run() {
		return ReportFixtures.run(false);
	}

	@Override
	public List<LanguageSummary> summary() {
		return ReportData.summarise(() -> java.util.stream.IntStream.range(0, this.size).mapToObj(this::document)
				.flatMap((document) -> document.slots().values().stream()).iterator());
	}

	@Override
	public void documents(Consumer<DocumentLine> action) {
		for (int i = 0; i < this.size; i++) {
			action.accept(document(i));
		}
	}

	@Override
	public void slots(Consumer<SlotLine> action) {
		documents((document) -> document.slots().values().stream().filter(SlotLine::lookedUp).forEach(action));
	}

	@Override
	public void changes(Consumer<Change> action) {
		for (int i = 0; i < this.size; i += 100) {
			action.accept(new Change(symbol(i), Language.ARABIC, Status.AVAILABLE, Status.MISSING));
		}
	}

	@Override
	public void rejections(Consumer<Rejection> action) {
		action.accept(new Rejection(3, "CND57", "not a UN document symbol"));
	}

	private static String symbol(int i) {
		return "E/CN.7/2014/" + (i + 1);
	}

	private DocumentLine document(int i) {
		String symbol = symbol(i);
		Map<Language, SlotLine> slots = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			Status status = ((i + language.ordinal()) % 10 == 0) ? Status.MISSING : Status.AVAILABLE;
			boolean available = status == Status.AVAILABLE;
			slots.put(language, new SlotLine(symbol, language, true, status, "",
					Placeholders.expand(JobFile.DEFAULT_PATTERN, symbol, language), available ? 100_000L + i : null,
					available ? 1 + i % 40 : null, available ? "1.7" : null, available ? language : null,
					available ? Instant.parse("2014-02-01T09:15:30Z").plusSeconds(i) : null,
					available ? LocalDate.of(2014, 2, 3) : null));
		}
		return new DocumentLine(List.of(symbol), "Report of the Secretariat number " + (i + 1)
				+ " on the world situation with regard to drug trafficking", String.valueOf(1 + i % 12), slots);
	}

}
