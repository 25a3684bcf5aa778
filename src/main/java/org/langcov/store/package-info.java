/**
 * Stores, where the PDFs live: pattern placeholders, wildcards, and the rule
 * that no location leaves its store.
 */
package org.langcov.store;
