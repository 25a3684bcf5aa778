/**
 * Stores, where the PDFs live: pattern placeholders, wildcards, the rule that no location leaves its store, and the one
 * factory that opens a run's store ({@link org.langcov.store.StoreFactory}).
 */
package org.langcov.store;
