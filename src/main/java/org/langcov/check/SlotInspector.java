package org.langcov.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.langcov.store.FolderStore;
import org.langcov.store.Lookup;

/**
 * Looks a slot up in its store and inspects the file found there. Never throws:
 * every failure becomes a status.
 */
public class SlotInspector {

	private final FolderStore store;

	private final PdfInspector inspector;

	private final InspectionCache cache;

	public SlotInspector(FolderStore store, PdfInspector inspector, InspectionCache cache) {
		this.store = store;
		this.inspector = inspector;
		this.cache = cache;
	}

	public InspectedSlot inspect(Slot slot) {
		Lookup lookup;
		try {
			lookup = this.store.find(slot.location());
		} catch (IOException | RuntimeException ex) {
			String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			return new InspectedSlot(slot, slot.location(),
					Inspection.of(Status.UNREADABLE, "the store cannot be read: " + reason));
		}
		if (!lookup.found()) {
			Status status = slot.expected() ? Status.MISSING : Status.NOT_EXPECTED;
			return new InspectedSlot(slot, slot.location(), Inspection.of(status, ""));
		}
		Inspection earlier = this.cache.find(lookup.file(), slot).orElse(null);
		if (earlier != null) {
			return new InspectedSlot(slot, relative(lookup), withNotes(earlier, slot, lookup));
		}
		Inspection inspection = this.inspector.inspect(lookup.file());
		return new InspectedSlot(slot, relative(lookup), withNotes(inspection, slot, lookup), lookup.file(),
				inspection);
	}

	private String relative(Lookup lookup) {
		return this.store.root().relativize(lookup.file()).toString().replace('\\', '/');
	}

	private static Inspection withNotes(Inspection inspection, Slot slot, Lookup lookup) {
		List<String> notes = new ArrayList<>();
		if (!inspection.detail().isEmpty()) {
			notes.add(inspection.detail());
		}
		if (!slot.expected() && inspection.status() == Status.AVAILABLE) {
			notes.add("not expected");
		}
		if (lookup.matches() > 1) {
			notes.add(lookup.matches() + " matches");
		}
		return inspection.withDetail(String.join("; ", notes));
	}

}
