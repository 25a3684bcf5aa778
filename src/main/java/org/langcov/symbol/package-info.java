/**
 * UN document symbols: normalising what people type into a register cell, telling a symbol from anything else,
 * splitting a cell that holds a joint symbol into its symbols, writing a symbol in the UN's canonical case, and
 * dropping the footnote marks a copied document list leaves after it.
 */
package org.langcov.symbol;
