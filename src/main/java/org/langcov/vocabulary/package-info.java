/**
 * The words every package speaks in: the six {@link org.langcov.vocabulary.Language}s in the order A C E F R S, the
 * {@link org.langcov.vocabulary.Status} of a slot, and the chain of an exception's
 * {@link org.langcov.vocabulary.Causes}, which every package walks to say what went wrong. It depends on nothing else
 * of langcov's.
 */
package org.langcov.vocabulary;
