/**
 * UN document symbols: normalising what people type into a register cell,
 * telling a symbol from anything else, and splitting a cell that holds a joint
 * symbol into its symbols.
 */
package org.langcov.symbol;
