package org.langcov.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.langcov.register.RegisterNote;
import org.langcov.register.Rejection;
import org.langcov.timeliness.OnTime;
import org.langcov.timeliness.OnTimeTally;
import org.langcov.timeliness.Verdict;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

/**
 * A small made-up session for {@link ReportFiles#warmUp()}: a dozen documents whose titles are in the six languages'
 * scripts, with every kind of status, a change, a rejected row, a register note and due dates, so that writing its
 * reports goes through the code (sheets, charts, fonts, the page's filters) that a real session's reports go through.
 */
final class WarmUpSource implements ReportSource {

	private static final LocalDate AS_OF = LocalDate.of(2014, 3, 13);

	private static final String[] TITLES = {"Provisional agenda", "مشروع جدول الأعمال المؤقت", "临时议程",
			"Ordre du jour provisoire", "Предварительная повестка дня", "Programa provisional"};

	private static final Status[] STATUSES = Status.values();

	private final RunInfo run = new RunInfo("WARM-UP", "Warm-up session", Instant.parse("2014-03-13T06:00:00Z"),
			"register.xlsx", "documents", false);

	private final List<DocumentLine> documents = new ArrayList<>();

	private final List<SlotLine> slots = new ArrayList<>();

	private final List<TimelinessLine> timeliness = new ArrayList<>();

	private final List<LanguageSummary> summary;

	private final List<OnTime> onTime;

	WarmUpSource() {
		Map<Language, int[]> counts = new EnumMap<>(Language.class);
		OnTimeTally tally = new OnTimeTally();
		for (int number = 1; number <= 12; number++) {
			String symbol = "E/CN.7/2014/" + number;
			Map<Language, SlotLine> byLanguage = new EnumMap<>(Language.class);
			for (Language language : Language.values()) {
				Status status = STATUSES[(number + language.ordinal()) % STATUSES.length];
				// one in two of the languages not expected has a file all the same
				boolean expected = status != Status.NOT_EXPECTED;
				if (!expected && number % 2 == 0) {
					status = Status.AVAILABLE;
				}
				boolean found = status != Status.MISSING && status != Status.NOT_EXPECTED;
				String detail = (!expected && found) ? "not expected" : "";
				if (status == Status.AVAILABLE && expected && number % 3 == 0) {
					detail = Unverified.NO_TEXT;
				} else if (found && status != Status.AVAILABLE) {
					detail = "the detail of " + status;
				}
				LocalDate since = (status == Status.AVAILABLE) ? AS_OF.minusDays(number) : null;
				SlotLine slot = new SlotLine(symbol, language, expected, status, detail,
						symbol.replace('/', '_') + "-" + language.iso() + ".pdf", found ? 40_000L + number : null,
						found ? 2 : null, found ? "1.7" : null,
						(status == Status.WRONG_LANGUAGE) ? Language.ENGLISH : (found ? language : null),
						found ? this.run.started().minusSeconds(86_400L * number) : null, since);
				byLanguage.put(language, slot);
				if (slot.lookedUp()) {
					this.slots.add(slot);
				}
				if (expected) {
					int[] count = counts.computeIfAbsent(language, (key) -> new int[4]);
					count[0]++;
					count[1] += (status == Status.AVAILABLE) ? 1 : 0;
					count[2] += (status == Status.MISSING) ? 1 : 0;
					count[3] += Unverified.is(status, detail) ? 1 : 0;
					Verdict verdict = Verdict.of(AS_OF.minusDays(6 - number / 2), since, AS_OF);
					this.timeliness
							.add(new TimelinessLine(symbol, language, AS_OF.minusDays(6 - number / 2), since, verdict));
					tally.add(language, verdict);
				}
			}
			this.documents.add(
					new DocumentLine(List.of(symbol), TITLES[number % TITLES.length], "Item " + number, byLanguage));
		}
		Map<Language, LanguageSummary> byLanguage = new EnumMap<>(Language.class);
		counts.forEach((language, count) -> byLanguage.put(language,
				new LanguageSummary(language, count[0], count[1], count[2], count[0] - count[1] - count[2], count[3])));
		this.summary = LanguageSummary.withOverall(byLanguage);
		this.onTime = tally.lines();
	}

	@Override
	public RunInfo run() {
		return this.run;
	}

	@Override
	public List<LanguageSummary> summary() {
		return this.summary;
	}

	@Override
	public void documents(Consumer<DocumentLine> action) {
		this.documents.forEach(action);
	}

	@Override
	public void slots(Consumer<SlotLine> action) {
		this.slots.forEach(action);
	}

	@Override
	public void changes(Consumer<Change> action) {
		action.accept(new Change("E/CN.7/2014/1", Language.ARABIC, Status.MISSING, Status.AVAILABLE));
	}

	@Override
	public void rejections(Consumer<Rejection> action) {
		action.accept(new Rejection(14, "E/CN.7/2014/", "the symbol ends with a slash"));
	}

	@Override
	public void registerNotes(Consumer<RegisterNote> action) {
		action.accept(new RegisterNote(3, "E/CN.7/2014/2", "footnote mark dropped from the symbol"));
	}

	@Override
	public Optional<LocalDate> asOf() {
		return Optional.of(AS_OF);
	}

	@Override
	public void timeliness(Consumer<TimelinessLine> action) {
		this.timeliness.forEach(action);
	}

	@Override
	public List<OnTime> onTime() {
		return this.onTime;
	}

}
