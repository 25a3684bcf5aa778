package org.langcov.check;

/**
 * A slot and what its inspection found.
 *
 * @param slot
 *            the slot
 * @param location
 *            the file actually inspected, relative to the store (a wildcard
 *            resolved), or the slot's location when nothing was found
 * @param inspection
 *            the result
 */
public record InspectedSlot(Slot slot, String location, Inspection inspection) {

}
