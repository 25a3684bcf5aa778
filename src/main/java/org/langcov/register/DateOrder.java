package org.langcov.register;

/**
 * How a register writes a date whose day and month are both numbers, as in {@code 03/04/2014}: the job file's
 * {@code date-order} says, since the cell cannot.
 */
public enum DateOrder {

	/** Day, month, year: {@code 30/01/2014}, as most of the world writes. */
	DMY,

	/** Month, day, year: {@code 01/30/2014}, as the United States writes. */
	MDY

}
