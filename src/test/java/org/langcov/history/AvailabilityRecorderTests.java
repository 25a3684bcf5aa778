package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.langcov.vocabulary.Status.AVAILABLE;
import static org.langcov.vocabulary.Status.DAMAGED;
import static org.langcov.vocabulary.Status.MISSING;
import static org.langcov.vocabulary.Language.ENGLISH;
import static org.langcov.vocabulary.Language.FRENCH;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.langcov.check.Inspection;
import org.langcov.fixtures.SchemaDatabase;
import org.langcov.slot.InspectedSlot;
import org.langcov.slot.Slot;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Available since, carried through a session's history of nightly runs, as {@link AvailabilityRecorder} records it: one
 * run a day of a session with one slot, on a real HSQLDB and a real PostgreSQL.
 */
class AvailabilityRecorderTests {

	private static final LocalDate DAY_1 = LocalDate.of(2014, 1, 20);

	private static final LocalDate FILE_DAY = LocalDate.of(2014, 1, 2);

	private static final int SEQ = Slot.seq(0, Language.ENGLISH);

	private JdbcTemplate jdbc;

	private RunRepository runs;

	private AvailabilityRecorder recorder;

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql", "hsqldb joined", "postgresql joined"})
	void aSlotThatAppearsBreaksAndComesBackStartsAgain(String database) {
		open(database);

		List<Since> days = history(FILE_DAY, MISSING, AVAILABLE, AVAILABLE, MISSING, AVAILABLE, AVAILABLE);

		assertThat(days).containsExactly(null, since(1), since(1), null, since(4), since(4));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql", "hsqldb joined", "postgresql joined"})
	void anyOtherStatusBreaksTheRunToo(String database) {
		open(database);

		assertThat(history(FILE_DAY, AVAILABLE, DAMAGED, AVAILABLE)).containsExactly(new Since(FILE_DAY, true), null,
				since(2));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql", "hsqldb joined", "postgresql joined"})
	void withoutHistoryTheFilesDateStandsInAndStays(String database) {
		open(database);

		assertThat(history(FILE_DAY, AVAILABLE, AVAILABLE, AVAILABLE)).containsOnly(new Since(FILE_DAY, true));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql", "hsqldb joined", "postgresql joined"})
	void aFileDatedOnOrAfterTheRunDoesNotStandIn(String database) {
		open(database);

		assertThat(history(DAY_1.plusDays(30), AVAILABLE)).containsExactly(since(0));
		assertThat(history(DAY_1, AVAILABLE)).containsExactly(since(0));
		assertThat(history(null, AVAILABLE)).containsExactly(since(0));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql", "hsqldb joined", "postgresql joined"})
	void aPreviousRunThatRecordedNoDayGivesItsOwn(String database) {
		open(database);
		history(FILE_DAY, AVAILABLE);
		// as a run from before langcov recorded these days left it
		this.jdbc.update("DELETE FROM LC_SINCE");

		// the next day
		assertThat(run("S1", 2, 1, FILE_DAY, AVAILABLE)).isEqualTo(since(0));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql", "hsqldb joined", "postgresql joined"})
	void recordingAgainReplacesTheRunsDays(String database) {
		open(database);
		history(FILE_DAY, AVAILABLE, AVAILABLE);

		this.recorder.record(2);

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_SINCE WHERE RUN_ID = 2", Integer.class)).isOne();
		assertThat(recorded(2)).isEqualTo(new Since(FILE_DAY, true));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql", "hsqldb joined", "postgresql joined"})
	void eachSlotFindsItsPreviousSelfByItsSymbolAndLanguage(String database) {
		open(database);
		LocalDate later = DAY_1.plusDays(30);
		// day 0: two documents; day 1: a new document ahead of them, so that every slot's number changes
		record(1, 0, slot(0, ENGLISH, AVAILABLE, FILE_DAY), slot(0, FRENCH, MISSING, FILE_DAY),
				slot(1, ENGLISH, AVAILABLE, later), slot(1, FRENCH, AVAILABLE, null));
		record(2, 1, slot(9, ENGLISH, AVAILABLE, FILE_DAY), slot(9, FRENCH, AVAILABLE, later),
				slot(0, ENGLISH, AVAILABLE, FILE_DAY), slot(0, FRENCH, AVAILABLE, FILE_DAY),
				slot(1, ENGLISH, DAMAGED, later), slot(1, FRENCH, AVAILABLE, null));

		assertThat(days(1)).containsExactly("0E " + FILE_DAY + " file", "1E " + DAY_1, "1F " + DAY_1);
		// new: the file's date stands in if earlier than the run; was MISSING: the day of the run, however old the
		// file; stayed AVAILABLE: its day carries on, the file's date included
		assertThat(days(2)).containsExactly("9E " + FILE_DAY + " file", "9F " + DAY_1.plusDays(1),
				"0E " + FILE_DAY + " file", "0F " + DAY_1.plusDays(1), "1F " + DAY_1);
		// day 2: everything AVAILABLE, the register as on day 1
		record(3, 2, slot(9, ENGLISH, AVAILABLE, FILE_DAY), slot(9, FRENCH, AVAILABLE, later),
				slot(0, ENGLISH, AVAILABLE, FILE_DAY), slot(0, FRENCH, AVAILABLE, FILE_DAY),
				slot(1, ENGLISH, AVAILABLE, later), slot(1, FRENCH, AVAILABLE, null));
		assertThat(days(3)).containsExactly("9E " + FILE_DAY + " file", "9F " + DAY_1.plusDays(1),
				"0E " + FILE_DAY + " file", "0F " + DAY_1.plusDays(1), "1E " + DAY_1.plusDays(2), "1F " + DAY_1);
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void thePreviousRunIsKeptWithinTheBudgetAndLeftToTheDatabaseBeyondIt(String database) {
		open(database);
		record(1, 0, slot(0, ENGLISH, AVAILABLE, FILE_DAY), slot(0, FRENCH, MISSING, FILE_DAY),
				slot(1, ENGLISH, AVAILABLE, null));

		assertThat(new AvailabilityRecorder(this.jdbc, this.runs, 3).keep(1, DAY_1)).as("within").isNotNull();
		assertThat(new AvailabilityRecorder(this.jdbc, this.runs, 2).keep(1, DAY_1)).as("one over").isNull();
		// a symbol and language twice, which the register's reading does not let in
		this.jdbc.update("UPDATE LC_SLOT SET SYMBOL = 'E/CN.7/2014/0', LANG = 'E' WHERE SLOT_SEQ = ?",
				Slot.seq(1, ENGLISH));
		assertThat(new AvailabilityRecorder(this.jdbc, this.runs, 3).keep(1, DAY_1)).as("twice").isNull();
	}

	/**
	 * Opens a database, {@code hsqldb} or {@code postgresql}, the recorder keeping the previous run's slots in memory,
	 * or with {@code joined} after it (a budget of none) the database looking each slot up in the previous run.
	 */
	private void open(String way) {
		String database = way.split(" ")[0];
		DataSource dataSource = SchemaDatabase.create(database, "since");
		this.jdbc = new JdbcTemplate(dataSource);
		this.runs = new RunRepository(this.jdbc, new DataSourceTransactionManager(dataSource),
				database.equals("postgresql") ? "jdbc:postgresql:" : "jdbc:hsqldb:mem:");
		this.recorder = new AvailabilityRecorder(this.jdbc, this.runs, way.endsWith(" joined") ? 0 : Long.MAX_VALUE);
	}

	/**
	 * One successful run a day from DAY_1, of a new session each time, the slot's file dated {@code fileDay}; what each
	 * recorded.
	 */
	private List<Since> history(LocalDate fileDay, Status... statuses) {
		List<Since> days = new ArrayList<>();
		long first = this.jdbc.queryForObject("SELECT COALESCE(MAX(RUN_ID), 0) FROM LC_RUN", Long.class) + 1;
		String session = "S" + first;
		for (int day = 0; day < statuses.length; day++) {
			days.add(run(session, first + day, day, fileDay, statuses[day]));
		}
		return days;
	}

	/** Run {@code run} of {@code session}, on DAY_1 plus {@code day}; what it recorded. */
	private Since run(String session, long run, int day, LocalDate fileDay, Status status) {
		Instant started = DAY_1.plusDays(day).atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant();
		this.runs.start(run, new RunRecord(session, "Title", "job.yml", "register.xlsx", "store", "output", started));
		Instant modified = (fileDay != null)
				? fileDay.atTime(LocalTime.of(23, 30)).atZone(ZoneId.systemDefault()).toInstant()
				: null;
		Slot slot = new Slot(run, SEQ, List.of("E/CN.7/2014/1"), Language.ENGLISH, true, "E_CN.7_2014_1-EN.pdf");
		Inspection inspection = new Inspection(status, "", 1000L, 2, "1.7", Language.ENGLISH, modified);
		this.runs.insertSlots(List.of(new InspectedSlot(slot, slot.location(), inspection)));
		this.recorder.record(run);
		this.runs.finish(run, RunStatus.COMPLETED, started.plusSeconds(60), null);
		return recorded(run);
	}

	/** Run {@code run} of session S, on DAY_1 plus {@code day}, with these slots in this order, recorded. */
	private void record(long run, int day, Slotted... slots) {
		Instant started = DAY_1.plusDays(day).atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant();
		this.runs.start(run, new RunRecord("S", "Title", "job.yml", "register.xlsx", "store", "output", started));
		List<InspectedSlot> inspected = new ArrayList<>();
		for (int i = 0; i < slots.length; i++) {
			Slotted slotted = slots[i];
			Instant modified = (slotted.fileDay() != null)
					? slotted.fileDay().atTime(LocalTime.of(23, 30)).atZone(ZoneId.systemDefault()).toInstant()
					: null;
			String symbol = "E/CN.7/2014/" + slotted.document();
			Slot slot = new Slot(run, Slot.seq(i / 2, slotted.language()), List.of(symbol), slotted.language(), true,
					symbol.replace('/', '_') + "-" + slotted.language().letter() + ".pdf");
			inspected.add(new InspectedSlot(slot, slot.location(),
					new Inspection(slotted.status(), "", 1000L, 2, "1.7", slotted.language(), modified)));
		}
		this.runs.insertSlots(inspected);
		this.recorder.record(run);
		this.runs.finish(run, RunStatus.COMPLETED, started.plusSeconds(60), null);
	}

	/** The run's days in the order of its slots: the document's number and the language, the day, "file". */
	private List<String> days(long run) {
		return this.jdbc.query(
				"SELECT s.SYMBOL, s.LANG, d.SINCE, d.FROM_FILE FROM LC_SINCE d JOIN LC_SLOT s"
						+ " ON s.RUN_ID = d.RUN_ID AND s.SLOT_SEQ = d.SLOT_SEQ WHERE d.RUN_ID = ? ORDER BY d.SLOT_SEQ",
				(rs, i) -> rs.getString(1).substring("E/CN.7/2014/".length()) + rs.getString(2) + " "
						+ rs.getObject(3, LocalDate.class) + (rs.getBoolean(4) ? " file" : ""),
				run);
	}

	private static Slotted slot(int document, Language language, Status status, LocalDate fileDay) {
		return new Slotted(document, language, status, fileDay);
	}

	/** A slot of document E/CN.7/2014/{@code document}, its status and its file's day. */
	private record Slotted(int document, Language language, Status status, LocalDate fileDay) {

	}

	private Since recorded(long run) {
		return this.jdbc
				.query("SELECT SINCE, FROM_FILE FROM LC_SINCE WHERE RUN_ID = ? AND SLOT_SEQ = ?",
						(rs, i) -> new Since(rs.getObject(1, LocalDate.class), rs.getBoolean(2)), run, SEQ)
				.stream().findFirst().orElse(null);
	}

	private static Since since(int day) {
		return new Since(DAY_1.plusDays(day), false);
	}

	/** A row of LC_SINCE. */
	private record Since(LocalDate day, boolean fromFile) {

	}

}
