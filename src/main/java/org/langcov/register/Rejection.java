package org.langcov.register;

/**
 * A register row that was not taken.
 *
 * @param row
 *            the row number a spreadsheet program shows (1-based)
 * @param symbol
 *            the symbol as written in the register, empty when there is none
 * @param reason
 *            why the row was not taken, for a person to act on
 */
public record Rejection(int row, String symbol, String reason) implements RegisterEntry {

}
