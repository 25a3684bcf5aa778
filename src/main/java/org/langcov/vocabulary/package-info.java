/**
 * The words every package speaks in: the six
 * {@link org.langcov.vocabulary.Language}s in the order A C E F R S, and the
 * {@link org.langcov.vocabulary.Status} of a slot. It depends on nothing else
 * of langcov's.
 */
package org.langcov.vocabulary;
