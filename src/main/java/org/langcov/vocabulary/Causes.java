package org.langcov.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chain of an exception's causes, walked in one place: the libraries langcov uses (POI, PDFBox, HSQLDB, Spring)
 * report what a person can act on deep inside exceptions of their own.
 */
public final class Causes {

	private Causes() {
	}

	/** {@code failure} and its causes, outermost first. */
	public static List<Throwable> of(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			chain.add(cause);
		}
		return chain;
	}

	/**
	 * The innermost cause of {@code failure}: {@code failure} itself when it has none.
	 */
	public static Throwable root(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root;
	}

	/** The outermost of {@code failure} and its causes that is a {@code type}. */
	public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
		}
		return Optional.empty();
	}

}
