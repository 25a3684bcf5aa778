package org.langcov.register;

/**
 * What a register row becomes: a {@link Document} to check, or a {@link Rejection} to list in the report.
 */
public sealed interface RegisterEntry permits Document, Rejection {

	/** The row number a spreadsheet program shows (1-based). */
	int row();

}
