package org.langcov.slot;

import org.langcov.check.Inspection;

import org.langcov.store.Validators;

/**
 * What an earlier run learned about a web file for a slot: its result, and the {@code ETag} and {@code Last-Modified}
 * that let the server answer "not modified".
 */
public record KnownDocument(Inspection inspection, Validators validators) {

}
