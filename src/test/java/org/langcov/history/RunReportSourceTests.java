package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.langcov.report.DocumentLine;
import org.langcov.report.SlotLine;
import org.langcov.slot.InspectedSlot;
import org.langcov.slot.Slot;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports' documents as {@link RunReportSource} reads them, each with its own six slots and their days, in register
 * order, on a real HSQLDB and a real PostgreSQL (where the reads stream a fetch size at a time, in a transaction).
 */
class RunReportSourceTests {

	private static final LocalDate DAY = LocalDate.of(2014, 1, 20);

	private JdbcTemplate jdbc;

	private RunRepository runs;

	private TransactionTemplate transaction;

	@ParameterizedTest
	@ValueSource(strings = {"hsqldb", "postgresql"})
	void eachDocumentComesWithItsOwnSlotsInRegisterOrder(String database) {
		open(database);
		Instant started = DAY.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant();
		this.runs.start(1, new RunRecord("S", "Title", "job.yml", "register.xlsx", "store", "output", started));
		// more documents than PostgreSQL's fetch size, in three kinds: every slot AVAILABLE, MISSING or mixed
		int count = RunRepository.REPORT_FETCH_SIZE + 7;
		List<StagedDocument> documents = new ArrayList<>();
		List<InspectedSlot> slots = new ArrayList<>();
		for (int document = 0; document < count; document++) {
			String symbol = "E/CN.7/2014/" + (document + 1);
			documents.add(new StagedDocument(1, document, document + 2,
					(document % 5 == 0) ? List.of(symbol, "E/CN.7/2014/L." + document) : List.of(symbol),
					"Title " + document, "Item " + (document % 9)));
			for (Language language : Language.values()) {
				Status status = status(document, language);
				Slot slot = new Slot(1, Slot.seq(document, language), List.of(symbol), language, true,
						symbol.replace('/', '_') + "-" + language.letter() + ".pdf");
				slots.add(new InspectedSlot(slot, slot.location(), new Inspection(status, "",
						(status == Status.AVAILABLE) ? 1000L + document : null, 2, "1.7", language, null)));
			}
		}
		this.runs.insertDocuments(documents);
		this.runs.insertSlots(slots);
		new AvailabilityRecorder(this.jdbc, this.runs, Long.MAX_VALUE).record(1);

		List<DocumentLine> lines = new ArrayList<>();
		this.transaction.executeWithoutResult((status) -> this.runs.reportSource(1).documents(lines::add));

		assertThat(lines).hasSize(count);
		for (int document = 0; document < count; document++) {
			DocumentLine line = lines.get(document);
			String symbol = "E/CN.7/2014/" + (document + 1);
			assertThat(line.symbols().get(0)).isEqualTo(symbol);
			assertThat(line.symbols()).hasSize((document % 5 == 0) ? 2 : 1);
			assertThat(line.title()).isEqualTo("Title " + document);
			assertThat(line.agendaItem()).isEqualTo("Item " + (document % 9));
			assertThat(line.slots().keySet()).containsExactly(Language.values());
			for (Language language : Language.values()) {
				SlotLine slot = line.slots().get(language);
				Status status = status(document, language);
				assertThat(slot.symbol()).isEqualTo(symbol);
				assertThat(slot.language()).isEqualTo(language);
				assertThat(slot.status()).isEqualTo(status);
				assertThat(slot.bytes()).isEqualTo((status == Status.AVAILABLE) ? 1000L + document : null);
				assertThat(slot.availableSince()).isEqualTo((status == Status.AVAILABLE) ? DAY : null);
			}
		}
	}

	private static Status status(int document, Language language) {
		return switch (document % 3) {
			case 0 -> Status.AVAILABLE;
			case 1 -> Status.MISSING;
			default -> (language.ordinal() % 2 == 0) ? Status.AVAILABLE : Status.DAMAGED;
		};
	}

	private void open(String database) {
		DataSource dataSource = SchemaDatabase.create(database, "report_source");
		this.jdbc = new JdbcTemplate(dataSource);
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
		this.runs = new RunRepository(this.jdbc, transactions,
				database.equals("postgresql") ? "jdbc:postgresql:" : "jdbc:hsqldb:mem:");
		this.transaction = new TransactionTemplate(transactions);
	}

}
