package org.langcov.check;

import java.nio.file.Path;

/**
 * A slot and what its inspection found.
 *
 * @param slot
 *            the slot
 * @param location
 *            the file actually inspected, relative to the store (a wildcard
 *            resolved), or the slot's location when nothing was found
 * @param inspection
 *            the result, with the slot's notes
 * @param file
 *            the file inspected this run, or {@code null} when there was none
 *            or an earlier result was reused
 * @param fileInspection
 *            what inspecting {@code file} found, before the slot's notes, for
 *            the cache; {@code null} with {@code file}
 */
public record InspectedSlot(Slot slot, String location, Inspection inspection, Path file, Inspection fileInspection) {

	public InspectedSlot(Slot slot, String location, Inspection inspection) {
		this(slot, location, inspection, null, null);
	}

	/** Whether a file was opened for this slot in this run. */
	public boolean inspectedNow() {
		return this.file != null;
	}

}
