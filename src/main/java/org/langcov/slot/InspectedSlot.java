package org.langcov.slot;

import org.langcov.check.Inspection;

import java.nio.file.Path;

import org.langcov.store.Validators;

/**
 * A slot and what its inspection found.
 *
 * @param slot
 *            the slot
 * @param location
 *            the file actually inspected, relative to the store (a wildcard resolved), or the slot's location when
 *            nothing was found
 * @param inspection
 *            the result, with the slot's notes
 * @param file
 *            the file inspected this run, or {@code null} when there was none or an earlier result was reused
 * @param fileInspection
 *            what inspecting {@code file} found, before the slot's notes, for the cache; {@code null} with {@code file}
 * @param address
 *            a web file's URL, under which the cache remembers it; {@code null} for a folder's file
 * @param validators
 *            a web file's {@code ETag} and {@code Last-Modified}
 */
public record InspectedSlot(Slot slot, String location, Inspection inspection, Path file, Inspection fileInspection,
		String address, Validators validators) {

	public InspectedSlot(Slot slot, String location, Inspection inspection) {
		this(slot, location, inspection, null, null);
	}

	public InspectedSlot(Slot slot, String location, Inspection inspection, Path file, Inspection fileInspection) {
		this(slot, location, inspection, file, fileInspection, null, Validators.NONE);
	}

	/** Whether a file was opened for this slot in this run. */
	public boolean inspectedNow() {
		return this.file != null;
	}

}
