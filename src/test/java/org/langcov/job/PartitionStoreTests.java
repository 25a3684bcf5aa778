package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.check.PdfInspector;
import org.langcov.history.SlotRange;
import org.langcov.slot.InspectedSlot;
import org.langcov.slot.InspectionCache;
import org.langcov.slot.Slot;
import org.langcov.slot.SlotInspector;
import org.langcov.store.StoreFactory;
import org.langcov.store.WebLimits;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

class PartitionStoreTests {

	private static final WebLimits LIMITS = new WebLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, 1);

	private final StoreFactory stores = new StoreFactory(1, Duration.ZERO, Duration.ZERO, "test");

	@TempDir
	Path folder;

	@Test
	void aWorkerThatCannotSeeTheRunsFolderFindsEverySlotUnreadableAndSaysWhere() {
		// given a partition whose store is a folder this machine does not have
		Path absent = this.folder.resolve("not-mounted");
		PartitionSettings partition = new PartitionSettings(1, new SlotRange(1, 6), absent.toString(),
				Duration.ofSeconds(5), LIMITS);

		// when one of its slots is inspected
		InspectedSlot slot = inspect(partition);

		// then it is UNREADABLE, never MISSING, and the detail names the store and this host
		assertThat(slot.inspection().status()).isEqualTo(Status.UNREADABLE);
		assertThat(slot.inspection().detail()).contains("the store " + absent + " cannot be read on host "
				+ RemoteInspectionConfiguration.HOST + " (no such folder there)");
	}

	@Test
	void aWorkerThatSeesTheRunsFolderFindsWhatIsMissingMissing() throws Exception {
		// given a partition whose folder is there, without the slot's file
		PartitionSettings partition = new PartitionSettings(1, new SlotRange(1, 6),
				Files.createDirectories(this.folder.resolve("store")).toString(), Duration.ofSeconds(5), LIMITS);

		// then the slot is MISSING, as in one process
		assertThat(inspect(partition).inspection().status()).isEqualTo(Status.MISSING);
	}

	@Test
	void aPartitionsSettingsAreKeptAsNumbersAndStringsAndReadBackWhole() {
		PartitionSettings partition = new PartitionSettings(42, new SlotRange(1001, 2000), "https://example.org/docs",
				Duration.ofSeconds(30), new WebLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 200_000_000L, 4));

		assertThat(partition.context().entrySet()).allSatisfy(
				(entry) -> assertThat(entry.getValue()).isInstanceOfAny(Long.class, Integer.class, String.class));
		assertThat(PartitionSettings.of(partition.context())).isEqualTo(partition);
	}

	@Test
	void whatAWorkerCannotReadSaysOnWhichHost() {
		Slot slot = new Slot(1, 1, List.of("E/CN.7/2014/1"), Language.ENGLISH, true, "E_CN.7_2014_1-EN.pdf");
		InspectedSlot unreadable = new InspectedSlot(slot, slot.location(),
				org.langcov.check.Inspection.of(Status.UNREADABLE, "permission denied"));
		InspectedSlot missing = new InspectedSlot(slot, slot.location(),
				org.langcov.check.Inspection.of(Status.MISSING, ""));

		assertThat(RemoteInspectionConfiguration.onThisHost(unreadable).inspection().detail())
				.isEqualTo("permission denied (on host " + RemoteInspectionConfiguration.HOST + ")");
		assertThat(RemoteInspectionConfiguration.onThisHost(missing)).isSameAs(missing);
	}

	private InspectedSlot inspect(PartitionSettings partition) {
		Slot slot = new Slot(1, 1, List.of("E/CN.7/2014/1"), Language.ENGLISH, true, "E_CN.7_2014_1-EN.pdf");
		return new SlotInspector(RemoteInspectionConfiguration.store(this.stores, partition), new PdfInspector(),
				InspectionCache.NONE).inspect(slot);
	}

}
