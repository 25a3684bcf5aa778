package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.langcov.vocabulary.Status.AVAILABLE;
import static org.langcov.vocabulary.Status.DAMAGED;
import static org.langcov.vocabulary.Status.MISSING;

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
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void aSlotThatAppearsBreaksAndComesBackStartsAgain(String database) {
		open(database);

		List<Since> days = history(FILE_DAY, MISSING, AVAILABLE, AVAILABLE, MISSING, AVAILABLE, AVAILABLE);

		assertThat(days).containsExactly(null, since(1), since(1), null, since(4), since(4));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void anyOtherStatusBreaksTheRunToo(String database) {
		open(database);

		assertThat(history(FILE_DAY, AVAILABLE, DAMAGED, AVAILABLE)).containsExactly(new Since(FILE_DAY, true), null,
				since(2));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void withoutHistoryTheFilesDateStandsInAndStays(String database) {
		open(database);

		assertThat(history(FILE_DAY, AVAILABLE, AVAILABLE, AVAILABLE)).containsOnly(new Since(FILE_DAY, true));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void aFileDatedOnOrAfterTheRunDoesNotStandIn(String database) {
		open(database);

		assertThat(history(DAY_1.plusDays(30), AVAILABLE)).containsExactly(since(0));
		assertThat(history(DAY_1, AVAILABLE)).containsExactly(since(0));
		assertThat(history(null, AVAILABLE)).containsExactly(since(0));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void aPreviousRunThatRecordedNoDayGivesItsOwn(String database) {
		open(database);
		history(FILE_DAY, AVAILABLE);
		// as a run from before langcov recorded these days left it
		this.jdbc.update("DELETE FROM LC_SINCE");

		// the next day
		assertThat(run("S1", 2, 1, FILE_DAY, AVAILABLE)).isEqualTo(since(0));
	}

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void recordingAgainReplacesTheRunsDays(String database) {
		open(database);
		history(FILE_DAY, AVAILABLE, AVAILABLE);

		this.recorder.record(2);

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM LC_SINCE WHERE RUN_ID = 2", Integer.class)).isOne();
		assertThat(recorded(2)).isEqualTo(new Since(FILE_DAY, true));
	}

	private void open(String database) {
		DataSource dataSource = SchemaDatabase.create(database, "since");
		this.jdbc = new JdbcTemplate(dataSource);
		this.runs = new RunRepository(this.jdbc, new DataSourceTransactionManager(dataSource),
				database.equals("postgresql") ? "jdbc:postgresql:" : "jdbc:hsqldb:mem:");
		this.recorder = new AvailabilityRecorder(this.jdbc, this.runs);
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
