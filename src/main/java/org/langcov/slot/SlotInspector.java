package org.langcov.slot;

import org.langcov.check.FileInspector;

import org.langcov.check.Expected;

import org.langcov.check.Inspection;

import org.langcov.vocabulary.Status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.langcov.store.Lookup;
import org.langcov.store.Store;
import org.langcov.store.StoreException;
import org.langcov.store.Validators;

/**
 * Looks a slot up in its store and inspects the file found there for the slot's document and language. Never throws:
 * every failure becomes a status.
 */
public class SlotInspector {

	private final Store store;

	private final FileInspector inspector;

	private final InspectionCache cache;

	public SlotInspector(Store store, FileInspector inspector, InspectionCache cache) {
		this.store = store;
		this.inspector = inspector;
		this.cache = cache;
	}

	/**
	 * A slot inspector that only looks up ({@link #withoutOpening(Slot)}), for the staging of a run.
	 */
	public SlotInspector(Store store, InspectionCache cache) {
		this(store, (file, expected) -> {
			throw new IllegalStateException("a look-up only: " + file + " is not inspected here");
		}, cache);
	}

	/**
	 * What can be said of the slot without opening its file: that there is none at its location, or what the cache
	 * knows of its file, unchanged since. Empty when the file is to be inspected, when the store cannot be read (the
	 * inspection then says why), and for a web store's slots, whose look-up is a request the inspection makes.
	 */
	public Optional<InspectedSlot> withoutOpening(Slot slot) {
		if (this.store.address(slot.location()).isPresent()) {
			return Optional.empty();
		}
		Lookup lookup;
		try {
			lookup = this.store.find(slot.location(), Validators.NONE);
		} catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		try (lookup) {
			if (!lookup.found()) {
				return Optional.of(nothingAt(slot));
			}
			if (lookup.temporary() || lookup.notModified()) {
				return Optional.empty();
			}
			return this.cache.find(lookup.file(), slot).map((earlier) -> new InspectedSlot(slot,
					this.store.shown(slot.location(), lookup), withNotes(earlier, slot, lookup)));
		}
	}

	public InspectedSlot inspect(Slot slot) {
		String address = this.store.address(slot.location()).orElse(null);
		KnownDocument known = (address != null) ? this.cache.known(address, slot).orElse(null) : null;
		Lookup lookup;
		try {
			lookup = this.store.find(slot.location(), (known != null) ? known.validators() : Validators.NONE);
		} catch (IOException | RuntimeException ex) {
			return new InspectedSlot(slot, slot.location(), Inspection.of(Status.UNREADABLE, reason(ex)));
		}
		try (lookup) {
			return inspect(slot, lookup, address, known);
		}
	}

	private InspectedSlot inspect(Slot slot, Lookup lookup, String address, KnownDocument known) {
		if (!lookup.found()) {
			return nothingAt(slot);
		}
		String location = this.store.shown(slot.location(), lookup);
		if (lookup.notModified()) {
			// only a conditional request, sent when the file was known, gets 304
			Inspection earlier = (known != null)
					? known.inspection()
					: Inspection.of(Status.UNREADABLE, "the server answered 304 Not Modified to a plain request");
			return new InspectedSlot(slot, location, withNotes(earlier, slot, lookup));
		}
		Inspection earlier = lookup.temporary() ? null : this.cache.find(lookup.file(), slot).orElse(null);
		if (earlier != null) {
			return new InspectedSlot(slot, location, withNotes(earlier, slot, lookup));
		}
		Inspection inspection = this.inspector.inspect(lookup.file(), new Expected(slot.symbols(), slot.language()));
		if (lookup.temporary()) {
			// the copy is today's: the server's Last-Modified is the file's own date
			inspection = new Inspection(inspection.status(), inspection.detail(), inspection.bytes(),
					inspection.pages(), inspection.pdfVersion(), inspection.detectedLanguage(),
					lookup.validators().lastModifiedTime());
		}
		return new InspectedSlot(slot, location, withNotes(inspection, slot, lookup), lookup.file(), inspection,
				lookup.temporary() ? address : null, lookup.validators());
	}

	/** A slot whose location has no file: missing, or not expected. */
	private static InspectedSlot nothingAt(Slot slot) {
		Status status = slot.expected() ? Status.MISSING : Status.NOT_EXPECTED;
		return new InspectedSlot(slot, slot.location(), Inspection.of(status, ""));
	}

	private static String reason(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return (ex instanceof StoreException) ? message : "the store cannot be read: " + message;
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
