package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.check.Inspection;
import org.langcov.fixtures.CountingDataSource;
import org.langcov.slot.InspectedSlot;
import org.langcov.slot.InspectionCache;
import org.langcov.slot.Slot;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The file cache's rows of a folder store read at once, on a real HSQLDB: the same answers as a query per file, without
 * that query.
 */
class FileCacheSnapshotTests {

	/** The query {@link FileCache#find} sends for each file. */
	private static final String PER_FILE = "WHERE PATH = ? AND CONTEXT = ? AND BYTES = ?";

	@TempDir
	Path dir;

	private JDBCDataSource hsqldb;

	private CountingDataSource dataSource;

	private JdbcTemplate jdbc;

	private FileCache cache;

	@BeforeEach
	void database() {
		this.hsqldb = new JDBCDataSource();
		this.hsqldb.setUrl("jdbc:hsqldb:mem:file-cache-" + System.nanoTime());
		this.hsqldb.setUser("SA");
		new ResourceDatabasePopulator(new ClassPathResource("db/hsqldb/schema.sql")).execute(this.hsqldb);
		this.dataSource = new CountingDataSource(this.hsqldb);
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.cache = new FileCache(this.jdbc, new DataSourceTransactionManager(this.dataSource));
	}

	@AfterEach
	void nothingLeftPending() {
		FileCachePrefetch.discard();
	}

	@Test
	void aSnapshotAnswersAsTheCacheDoesWithoutAQueryPerFile() throws IOException {
		// given
		Path store = Files.createDirectories(this.dir.resolve("store"));
		List<Slot> slots = List.of(slot(1, "A/1", Language.ENGLISH), slot(2, "A/1", Language.FRENCH),
				slot(3, "A/2", Language.ENGLISH));
		for (Slot slot : slots) {
			remember(store, slot, Status.AVAILABLE, "no text");
		}
		List<Optional<Inspection>> perFile = slots.stream().map((slot) -> this.cache.find(file(store, slot), slot))
				.toList();
		this.dataSource.clear();

		// when
		InspectionCache snapshot = this.cache.under(store, slots.size());
		List<Optional<Inspection>> answers = slots.stream().map((slot) -> snapshot.find(file(store, slot), slot))
				.toList();

		// then
		assertThat(snapshot).isInstanceOf(FileCacheSnapshot.class);
		assertThat(answers).isEqualTo(perFile).allSatisfy((answer) -> assertThat(answer)
				.hasValueSatisfying((inspection) -> assertThat(inspection.detail()).isEqualTo("no text")));
		assertThat(this.dataSource.count("FROM LC_FILE")).isOne();
		assertThat(this.dataSource.count(PER_FILE)).isZero();
	}

	@Test
	void aFileChangedSinceTheRowWasWrittenIsNotFound() throws IOException {
		// given
		Path store = Files.createDirectories(this.dir.resolve("store"));
		Slot same = slot(1, "A/1", Language.ENGLISH);
		Slot touched = slot(2, "A/2", Language.ENGLISH);
		Slot rewritten = slot(3, "A/3", Language.ENGLISH);
		for (Slot slot : List.of(same, touched, rewritten)) {
			remember(store, slot, Status.AVAILABLE, "");
		}
		InspectionCache snapshot = this.cache.under(store, 3);

		// when the second file gets another time, the third another size
		Path second = file(store, touched);
		Files.setLastModifiedTime(second, FileTime.fromMillis(Files.getLastModifiedTime(second).toMillis() + 5_000));
		Files.writeString(file(store, rewritten), "%PDF-1.7 longer");

		// then
		assertThat(snapshot.find(file(store, same), same)).isPresent();
		assertThat(snapshot.find(file(store, touched), touched)).isEmpty();
		assertThat(snapshot.find(file(store, rewritten), rewritten)).isEmpty();
		assertThat(snapshot.find(store.resolve("gone.pdf"), same)).isEmpty();
	}

	@Test
	void aFileKnownForAnotherLanguageOrDocumentIsNotFound() throws IOException {
		// given
		Path store = Files.createDirectories(this.dir.resolve("store"));
		Slot english = slot(1, "A/1", Language.ENGLISH);
		remember(store, english, Status.AVAILABLE, "");

		// when
		InspectionCache snapshot = this.cache.under(store, 1);

		// then
		assertThat(snapshot.find(file(store, english), slot(2, "A/1", Language.FRENCH))).isEmpty();
		assertThat(snapshot.find(file(store, english), slot(3, "A/9", Language.ENGLISH))).isEmpty();
	}

	@Test
	void aRowOfEarlierRulesIsNotHeld() throws IOException {
		// given a row of the rules before these
		Path store = Files.createDirectories(this.dir.resolve("store"));
		Slot slot = slot(1, "A/1", Language.ENGLISH);
		remember(store, slot, Status.AVAILABLE, "");
		this.jdbc.update(
				"UPDATE LC_FILE SET CONTEXT = 'r1' || SUBSTRING(CONTEXT FROM " + (FileCache.RULES.length() + 1) + ")");

		// when
		FileCacheSnapshot snapshot = (FileCacheSnapshot) this.cache.under(store, 1);

		// then
		assertThat(snapshot.size()).isZero();
		assertThat(snapshot.find(file(store, slot), slot)).isEmpty();
	}

	@Test
	void aStoreWhosePathHoldsLikePatternCharactersHoldsOnlyItsOwnRows() throws IOException {
		// given a store named with % _ and \, and folders its name would match as a pattern
		Path store = Files.createDirectories(this.dir.resolve("a%b_c\\d"));
		Path lookalike = Files.createDirectories(this.dir.resolve("aXbYc\\d"));
		Path escapedLookalike = Files.createDirectories(this.dir.resolve("a%b_cd"));
		Path longer = Files.createDirectories(this.dir.resolve("a%b_c\\dz"));
		Slot slot = slot(1, "A/1", Language.ENGLISH);
		for (Path folder : List.of(store, lookalike, escapedLookalike, longer)) {
			remember(folder, slot, Status.AVAILABLE, "");
		}

		// when
		FileCacheSnapshot snapshot = (FileCacheSnapshot) this.cache.under(store, 10);

		// then
		assertThat(snapshot.size()).isOne();
		assertThat(snapshot.find(file(store, slot), slot)).isPresent();
		assertThat(snapshot.find(file(lookalike, slot), slot)).isEmpty();
		assertThat(snapshot.find(file(longer, slot), slot)).isEmpty();
		assertThat(this.cache.find(file(longer, slot), slot)).isPresent();
	}

	@Test
	void moreRowsThanTheLimitAreLookedUpFileByFileWithTheSameAnswers() throws IOException {
		// given
		Path store = Files.createDirectories(this.dir.resolve("store"));
		List<Slot> slots = List.of(slot(1, "A/1", Language.ENGLISH), slot(2, "A/2", Language.ENGLISH),
				slot(3, "A/3", Language.ENGLISH));
		for (Slot slot : slots) {
			remember(store, slot, Status.DAMAGED, "truncated");
		}
		List<Optional<Inspection>> held = slots.stream()
				.map((slot) -> this.cache.snapshot(store, 3).find(file(store, slot), slot)).toList();
		this.dataSource.clear();

		// when
		InspectionCache fallback = this.cache.snapshot(store, 2);
		List<Optional<Inspection>> answers = slots.stream().map((slot) -> fallback.find(file(store, slot), slot))
				.toList();

		// then
		assertThat(fallback).isSameAs(this.cache);
		assertThat(answers).isEqualTo(held).allSatisfy((answer) -> assertThat(answer).isPresent());
		assertThat(this.dataSource.count(PER_FILE)).isEqualTo(3);
	}

	@Test
	void rowsReadEarlyAreTakenOnceByTheFirstSnapshotOfTheirFolder() throws Exception {
		// given rows read on a connection of their own, as while the application starts
		Path store = Files.createDirectories(this.dir.resolve("store"));
		List<Slot> slots = List.of(slot(1, "A/1", Language.ENGLISH), slot(2, "A/2", Language.ENGLISH));
		for (Slot slot : slots) {
			remember(store, slot, Status.AVAILABLE, "early");
		}
		try (Connection early = this.hsqldb.getConnection()) {
			FileCachePrefetch.readOn(early, store).run();
		}
		this.dataSource.clear();

		// when the staging asks for them, then again
		InspectionCache first = this.cache.under(store, Integer.MAX_VALUE);
		long queriedFirst = this.dataSource.count("FROM LC_FILE");
		InspectionCache second = this.cache.under(store, Integer.MAX_VALUE);

		// then the first took them without a query, the second read them for itself
		assertThat(queriedFirst).isZero();
		assertThat(((FileCacheSnapshot) first).size()).isEqualTo(2);
		assertThat(slots).allSatisfy((slot) -> assertThat(first.find(file(store, slot), slot))
				.hasValueSatisfying((inspection) -> assertThat(inspection.detail()).isEqualTo("early")));
		assertThat(this.dataSource.count("FROM LC_FILE")).isOne();
		assertThat(((FileCacheSnapshot) second).size()).isEqualTo(2);
	}

	@Test
	void rowsReadEarlyForAnotherFolderOrLimitAreNotTaken() throws Exception {
		// given
		Path store = Files.createDirectories(this.dir.resolve("store"));
		Path other = Files.createDirectories(this.dir.resolve("other"));
		Slot slot = slot(1, "A/1", Language.ENGLISH);
		remember(store, slot, Status.AVAILABLE, "");
		try (Connection early = this.hsqldb.getConnection()) {
			FileCachePrefetch.readOn(early, other).run();
		}
		this.dataSource.clear();

		// when
		FileCacheSnapshot elsewhere = (FileCacheSnapshot) this.cache.under(store, Integer.MAX_VALUE);
		FileCacheSnapshot fewer = (FileCacheSnapshot) this.cache.under(other, 10);

		// then each was read for itself: the store's row is there, the other folder has none
		assertThat(elsewhere.size()).isOne();
		assertThat(fewer.size()).isZero();
		assertThat(this.dataSource.count("FROM LC_FILE")).isEqualTo(2);
	}

	@Test
	void aSnapshotWaitsForRowsStillBeingReadEarly() throws Exception {
		// given a reading made pending, not yet run
		Path store = Files.createDirectories(this.dir.resolve("store"));
		Slot slot = slot(1, "A/1", Language.ENGLISH);
		remember(store, slot, Status.AVAILABLE, "");
		try (Connection early = this.hsqldb.getConnection()) {
			Runnable reading = FileCachePrefetch.readOn(early, store);
			this.dataSource.clear();
			CompletableFuture<InspectionCache> staging = CompletableFuture
					.supplyAsync(() -> this.cache.under(store, Integer.MAX_VALUE));

			// when
			Thread.sleep(200);
			boolean doneBefore = staging.isDone();
			reading.run();

			// then the staging had waited, and took the rows once they were read, without reading them itself
			assertThat(doneBefore).isFalse();
			assertThat(((FileCacheSnapshot) staging.get(30, TimeUnit.SECONDS)).size()).isOne();
			assertThat(this.dataSource.count("FROM LC_FILE")).isZero();
		}
	}

	@Test
	void anEarlyReadingThatFailsLeavesTheSnapshotToReadForItself() throws Exception {
		// given a database without langcov's tables to read early from
		Path store = Files.createDirectories(this.dir.resolve("store"));
		Slot slot = slot(1, "A/1", Language.ENGLISH);
		remember(store, slot, Status.AVAILABLE, "");
		JDBCDataSource empty = new JDBCDataSource();
		empty.setUrl("jdbc:hsqldb:mem:empty-" + System.nanoTime());
		empty.setUser("SA");
		try (Connection early = empty.getConnection()) {
			FileCachePrefetch.readOn(early, store).run();
		}
		this.dataSource.clear();

		// when
		FileCacheSnapshot snapshot = (FileCacheSnapshot) this.cache.under(store, Integer.MAX_VALUE);

		// then
		assertThat(snapshot.size()).isOne();
		assertThat(this.dataSource.count("FROM LC_FILE")).isOne();
	}

	@Test
	void theLimitIsFourRowsPerSlotAndASixtyFourthOfTheHeap() {
		assertThat(FileCacheSnapshot.limit(1_000, 1L << 40)).isEqualTo(4_000);
		assertThat(FileCacheSnapshot.limit(1_000_000, 512L << 20)).isEqualTo((512L << 20) / 64 / 512);
		assertThat(FileCacheSnapshot.limit(0, 1L << 30)).isZero();
	}

	private void remember(Path store, Slot slot, Status status, String detail) throws IOException {
		Path file = file(store, slot);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "%PDF-1.7");
		Inspection inspection = new Inspection(status, detail, Files.size(file), 2, "1.7", slot.language(),
				Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()));
		this.cache.remember(
				List.of(new InspectedSlot(slot, file.getFileName().toString(), inspection, file, inspection)));
	}

	private static Path file(Path store, Slot slot) {
		return store.resolve(slot.location());
	}

	private static Slot slot(int seq, String symbol, Language language) {
		return new Slot(1, seq, List.of(symbol), language, true,
				"sub/" + symbol.replace('/', '_') + "-" + language.letter() + ".pdf");
	}

}
