package org.langcov.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.register.Rejection;

/**
 * The reports read each stream of a run once: the first reader keeps it, the others replay it, and past the budget
 * every read goes to the source as before.
 */
class ReadOnceTests {

	@TempDir
	Path folder;

	@Test
	void allTheReportsReadEachStreamOfTheSourceOnce() throws Exception {
		// given a run's source that counts its reads
		Counting source = new Counting(ReportFixtures.sample(false, 40));

		// when the reports are written from it
		new ReportFiles(this.folder, "CND57").write(source);

		// then each stream was read from the source once, and the slots never: they are the documents'
		assertThat(source.reads).containsEntry("documents", 1).containsEntry("changes", 1)
				.containsEntry("rejections", 1).containsEntry("summary", 1).doesNotContainKey("slots");
		assertThat(Files.exists(this.folder.resolve("CND57-coverage.xlsx"))).isTrue();
	}

	@Test
	void theReportsAreTheSameWhetherTheStreamsAreKeptOrNot() throws Exception {
		// given the same run written with everything kept, and with nothing kept
		ReportData data = ReportFixtures.sample(false, 40);
		ReportFiles kept = new ReportFiles(Files.createDirectories(this.folder.resolve("kept")), "CND57");
		ReportFiles streamed = new ReportFiles(Files.createDirectories(this.folder.resolve("streamed")), "CND57");

		// when
		kept.write(data, Long.MAX_VALUE);
		streamed.write(data, 0);

		// then the JSON, which has no time of writing in it, is the same byte for byte
		assertThat(Files.readString(kept.json())).isEqualTo(Files.readString(streamed.json()));
	}

	@Test
	void theSlotsAreTheDocumentsSlotsThatWereLookedUpInTheSourcesOrder() {
		// given a run with versions not expected, one of them present (AVAILABLE, not expected)
		ReportData data = ReportFixtures.sample(false, 10);
		assertThat(data.documents()).anySatisfy((document) -> assertThat(document.slots().values())
				.anySatisfy((slot) -> assertThat(slot.lookedUp()).isFalse()));

		// when
		List<SlotLine> slots = new ArrayList<>();
		new ReadOnce(data, Long.MAX_VALUE).slots(slots::add);

		// then
		assertThat(slots).isEqualTo(data.slots());
	}

	@Test
	void aStreamPastTheBudgetIsReadFromTheSourceEachTimeAndGivesItsBudgetBack() {
		// given a budget smaller than the documents
		Counting source = new Counting(ReportFixtures.sample(false, 40));
		ReadOnce once = new ReadOnce(source, 50);

		// when the documents are read three times, and the rejections (one line) twice
		List<List<DocumentLine>> reads = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			List<DocumentLine> read = new ArrayList<>();
			once.documents(read::add);
			reads.add(read);
		}
		once.rejections((rejection) -> {
		});
		once.rejections((rejection) -> {
		});

		// then every read of the documents went to the source and gave them all; the rejections fit and were kept
		assertThat(source.reads).containsEntry("documents", 3).containsEntry("rejections", 1);
		assertThat(reads).allSatisfy((read) -> assertThat(read).isEqualTo(source.data.documents()));
		assertThat(once.budget()).isEqualTo(50 - source.data.rejections().size());
	}

	@Test
	void aReadCutShortIsNotKeptAndTheNextReadsAgain() {
		// given a source that fails the first time its documents are read, half-way
		ReportData data = ReportFixtures.sample(false, 40);
		AtomicInteger attempts = new AtomicInteger();
		ReportSource failingOnce = new Counting(data) {
			@Override
			public void documents(Consumer<DocumentLine> action) {
				boolean fail = attempts.incrementAndGet() == 1;
				int[] count = {0};
				super.documents((document) -> {
					if (fail && ++count[0] == 20) {
						throw new IllegalStateException("the database went away");
					}
					action.accept(document);
				});
			}
		};
		ReadOnce once = new ReadOnce(failingOnce, Long.MAX_VALUE);
		long budget = once.budget();

		// when
		assertThatThrownBy(() -> once.documents((document) -> {
		})).hasMessage("the database went away");
		assertThat(once.budget()).as("the budget the cut read took, given back").isEqualTo(budget);
		List<DocumentLine> second = new ArrayList<>();
		once.documents(second::add);
		List<DocumentLine> third = new ArrayList<>();
		once.documents(third::add);

		// then
		assertThat(attempts).hasValue(2);
		assertThat(second).isEqualTo(data.documents());
		assertThat(third).isEqualTo(data.documents());
	}

	@Test
	void twoReportsThatAskAtOnceShareOneRead() throws Exception {
		// given two threads that ask for the documents at the same moment, as the workbook's and the PDF's do
		Counting source = new Counting(ReportFixtures.sample(false, 200));
		ReadOnce once = new ReadOnce(source, Long.MAX_VALUE);
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<SlotLine>>> reads = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				reads.add(threads.submit(() -> {
					List<SlotLine> slots = new ArrayList<>();
					together.await();
					once.slots(slots::add);
					return slots;
				}));
			}

			// then the source was read once and both have every slot
			for (Future<List<SlotLine>> read : reads) {
				assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(source.data.slots());
			}
			assertThat(source.reads).containsEntry("documents", 1).doesNotContainKey("slots");
		} finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aReportNeverWaitsWhileAnotherWritesFromTheStreamItRead() throws Exception {
		// given a report that has read the documents and is busy writing from them
		Counting source = new Counting(ReportFixtures.sample(false, 40));
		ReadOnce once = new ReadOnce(source, Long.MAX_VALUE);
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch otherDone = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = threads.submit(() -> once.documents((document) -> {
				writing.countDown();
				try {
					otherDone.await(30, TimeUnit.SECONDS);
				} catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

			// when another report asks for them
			List<DocumentLine> other = new ArrayList<>();
			Future<?> second = threads.submit(() -> once.documents(other::add));

			// then it has them all while the first is still writing
			second.get(10, TimeUnit.SECONDS);
			otherDone.countDown();
			first.get(30, TimeUnit.SECONDS);
			assertThat(other).isEqualTo(source.data.documents());
			assertThat(source.reads).containsEntry("documents", 1);
		} finally {
			otherDone.countDown();
			threads.shutdownNow();
		}
	}

	@Test
	void theChangesListedAreCountedWithoutAnotherRead() {
		// given a run with changes since the previous one
		Counting source = new Counting(ReportFixtures.sample(false, 40));
		assertThat(source.data.changes()).isNotEmpty();
		ReadOnce once = new ReadOnce(source, Long.MAX_VALUE);

		// when they are listed twice, then counted
		once.changes((change) -> {
		});
		List<Change> listed = new ArrayList<>();
		once.changes(listed::add);
		long count = once.changeCount();

		// then the source was read once (the source's own count would read it again)
		assertThat(listed).isEqualTo(source.data.changes());
		assertThat(count).isEqualTo(listed.size());
		assertThat(source.reads).containsEntry("changes", 1);
	}

	@Test
	void changesPastTheBudgetAreCountedByTheSource() {
		Counting source = new Counting(ReportFixtures.sample(false, 40));
		ReadOnce once = new ReadOnce(source, 0);

		once.changes((change) -> {
		});
		long count = once.changeCount();

		assertThat(count).isEqualTo(source.data.changes().size());
		assertThat(source.reads).containsEntry("changes", 2);
	}

	/** A source in memory that counts how often each of its streams is read. */
	private static class Counting implements ReportSource {

		final ReportData data;

		final Map<String, Integer> reads = new ConcurrentHashMap<>();

		Counting(ReportData data) {
			this.data = data;
		}

		private void read(String stream) {
			this.reads.merge(stream, 1, Integer::sum);
		}

		@Override
		public RunInfo run() {
			return this.data.run();
		}

		@Override
		public List<LanguageSummary> summary() {
			read("summary");
			return this.data.summary();
		}

		@Override
		public void documents(Consumer<DocumentLine> action) {
			read("documents");
			this.data.documents(action);
		}

		@Override
		public void slots(Consumer<SlotLine> action) {
			read("slots");
			this.data.slots(action);
		}

		@Override
		public void changes(Consumer<Change> action) {
			read("changes");
			this.data.changes(action);
		}

		@Override
		public void rejections(Consumer<Rejection> action) {
			read("rejections");
			this.data.rejections(action);
		}

	}

}
