package org.langcov.report;

import org.langcov.vocabulary.Status;

/**
 * An available version whose text could not be read, so that neither its symbol nor its language was verified: a scan
 * (the note {@code no text}), or a file whose text cannot be extracted ({@code text not readable: REASON}). Told by the
 * notes of the slot's detail, which are joined with {@code "; "}: a note is matched whole, never a word inside another.
 * The reports count these versions apart and mark them for a second look.
 */
public final class Unverified {

	public static final String NO_TEXT = "no text";

	public static final String NOT_READABLE = "text not readable: ";

	private Unverified() {
	}

	/** Whether a slot is an available version that was not verified. */
	public static boolean is(Status status, String detail) {
		return status == Status.AVAILABLE && hasNote(detail);
	}

	/** Whether a detail carries either note. */
	public static boolean hasNote(String detail) {
		if (detail == null) {
			return false;
		}
		return ("; " + detail + ";").contains("; " + NO_TEXT + ";") || ("; " + detail).contains("; " + NOT_READABLE);
	}

}
