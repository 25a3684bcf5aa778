/**
 * One slot of a run, looked up and inspected: the {@link org.langcov.slot.Slot} as staged, its look-up in the store,
 * the inspection of the file found there ({@code check}), or the earlier result of an unchanged file
 * ({@link org.langcov.slot.InspectionCache}), and the {@link org.langcov.slot.InspectedSlot} that the run stores.
 */
package org.langcov.slot;
