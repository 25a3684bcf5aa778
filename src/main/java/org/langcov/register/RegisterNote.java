package org.langcov.register;

/**
 * What a person should know about a register row that was taken: how its cell was read where it was not taken as
 * written.
 *
 * @param row
 *            the row number a spreadsheet program shows (1-based)
 * @param symbol
 *            the symbol as written in the register
 * @param note
 *            what was done, for a person to check
 */
public record RegisterNote(int row, String symbol, String note) {

}
